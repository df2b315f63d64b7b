"""Wrappers of LLM client SDKs that give each call Reflexio's memory (optional extras).

- `reflexio.integrations.openai.wrap_openai` (pip install "reflexio-python[openai]")
- `reflexio.integrations.anthropic.wrap_anthropic` (pip install "reflexio-python[anthropic]")

Nothing here is imported by `import reflexio`. See docs/agent.md.
"""
