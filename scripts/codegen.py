"""Regenerate the generated package from the normalized spec (`make client`).

Reads codegen.toml, checks the pinned generator version, writes its [generator.config]
as the YAML config openapi-python-client expects, generates into a scratch folder,
stamps every file with the banner and replaces [output].path wholesale (or `--out DIR`). Deterministic:
running it twice on an unchanged spec changes no file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

import deprecation
import yaml
from _config import ROOT, load


def main(argv: list[str]) -> None:
    cfg = load()
    gen = cfg["generator"]
    for package, pinned in ((gen["package"], gen["version"]), ("ruff", gen["ruff"])):
        if version(package) != pinned:
            raise SystemExit(
                f"{package} {version(package)} is installed, codegen.toml pins {pinned}: run `make install`"
            )
    spec = ROOT / cfg["spec"]["path"]
    # `--out DIR` writes there instead of [output].path (the drift test compares in a temp folder)
    out = Path(argv[argv.index("--out") + 1]).resolve() if "--out" in argv else ROOT / cfg["output"]["path"]
    banner = cfg["output"]["banner"]
    with tempfile.TemporaryDirectory() as tmp:
        config_file = Path(tmp, "config.yaml")
        config_file.write_text(yaml.safe_dump(gen["config"]))
        scratch = Path(tmp, "out")
        cli = Path(sys.executable).with_name("openapi-python-client")
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts" / "generator.py"),  # the generator with free-form objects as dicts
                "generate",
                "--path",
                str(spec),
                "--config",
                str(config_file),
                "--meta",
                "none",
                "--output-path",
                str(scratch),
                "--overwrite",
                "--custom-template-path",
                str(ROOT / gen["templates"]),
            ],
            check=True,
            cwd=tmp,
            env={**os.environ, "PATH": f"{cli.parent}{os.pathsep}{os.environ.get('PATH', '')}"},
        )
        for file in sorted(scratch.rglob("*.py")):
            file.write_text(f"{banner}\n{file.read_text()}")
        Path(scratch, "deprecated.py").write_text(deprecation.module_source(yaml.safe_load(spec.read_text()), banner))
        digest = hashlib.sha256(spec.read_bytes()).hexdigest()
        Path(scratch, "SPEC_SHA256").write_text(f"{digest}  {cfg['spec']['path']}\n")
        Path(scratch, "py.typed").touch()
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(scratch, out)
    count = sum(1 for _ in out.rglob("*.py"))
    print(f"{out}: {count} modules from {spec.relative_to(ROOT)} (sha256 {digest[:12]})")


if __name__ == "__main__":
    main(sys.argv)
