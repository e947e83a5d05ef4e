"""The PySide6 desktop app: the only package that imports Qt.

``app.run`` starts it. The window (``main_window``) is a view over the coding session
(``coder_assist.session``, which keeps the codes in ``coder_assist.store``) and the runtime engine; heavy
work goes through ``worker``; every user-visible string lives in ``strings`` and every setting in
``settings``.
"""
