"""What the tests, the examples, the benchmark and the scripts share, imported as `tools.<module>`.

- launcher: free ports and the real reflexio-ai server (tools/reflexio-server.sh) on loopback;
- window_server: a loopback stand-in for the publish route with the server's rate-limit window.

tools/ sits beside reflexio/ in the checkout, and the dev install (`make install`, editable) puts the
checkout on sys.path so that `import reflexio` finds it there: `import tools.launcher` works the same
way from every entry point run with .venv/bin/python, pytest included, without patching sys.path.
"""
