"""Developer tool: migrate a scratch database to head, then autogenerate a revision from the models.

Usage: .venv/bin/python scripts/autogen_migration.py sqlite:////tmp/scratch.sqlite3 "message" 0004
Read and edit the generated file before committing.
"""
import sys

from alembic import command

from planner.db import alembic_config, make_engine

url = sys.argv[1]; msg = sys.argv[2]; rev = sys.argv[3]
engine = make_engine(url)
cfg = alembic_config(engine)
with engine.begin() as conn:
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
    command.revision(cfg, message=msg, autogenerate=True, rev_id=rev)
