"""PixDesk's central server: the Pix Certif JSON:API subset PixDesk desktops sync with (`pip install '.[server]'`).

Qt-free, and independent of the desktop's store and services: it runs the same domain rules (`pixdesk.models`) on
its own database (SQLite by default, PostgreSQL for a network of centres). The API contract is in the README's
"Central server" section and in `pixdesk.server.api`'s docstrings.
"""
