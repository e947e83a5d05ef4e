"""The files shipped with the program: SKS catalogue snapshot, synonym table, sample cases, default model
bundle and the synthetic-case generator's tables.

The folder stays at the top of the checkout; pyproject.toml installs it as the package
``coder_assist.resources`` so that ``coder_assist.paths.resources_dir()`` finds it through
``importlib.resources`` in a wheel and an editable install alike.
"""
