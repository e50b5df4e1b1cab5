"""Entry point of `pixdesk-server`: says how to install the server's extra instead of a trace when it is missing."""

import sys

SERVER_PACKAGES = {"fastapi", "uvicorn", "alembic", "argon2", "psycopg", "starlette"}


def main(argv: list[str] | None = None) -> int:
    try:
        from pixdesk.server.cli import main as cli_main
    except ModuleNotFoundError as error:
        if (error.name or "").split(".")[0] not in SERVER_PACKAGES:
            raise
        print(f"pixdesk-server needs its extra: pip install 'pixdesk[server]' (missing: {error.name})",
              file=sys.stderr)
        return 1
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
