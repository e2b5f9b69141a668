"""Migration 0006_regimes on SQLite and PostgreSQL: up from 0005 with data, down, and up again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.command import downgrade
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.engine import Engine

from dordtwest_desktop.domain.regimes import TEMPLATES
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.services.regimes import RegimeService
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store import search_index
from dordtwest_desktop.store.database import open_store
from dordtwest_desktop.store.migrate import SCHEMA_HEAD, _config, current_revision, head_revision

COUNTED = ("milestone", "meeting", "agenda_item", "agenda_item_milestone", "funding_line")


def engine_of(target: str | Path) -> Engine:
    return create_engine(target if isinstance(target, str) else f"sqlite:///{target}")


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            name: connection.execute(text(f"SELECT count(*) FROM {name}")).scalar_one()
            for name in COUNTED
        }


def to_0005(engine: Engine) -> None:
    with engine.begin() as connection:
        downgrade(_config(connection), "0005")


def test_the_head_is_this_migration():
    assert head_revision() == SCHEMA_HEAD  # 0006_regimes, then 0007_search on top


def test_models_and_migrations_agree(store_target):
    open_store(store_target).close()
    engine = engine_of(store_target)
    with engine.connect() as connection:
        # The search index (FTS tables, triggers) is outside the models, as in env.py.
        opts = {"compare_type": True, "include_object": search_index.include_object}
        context = MigrationContext.configure(connection, opts=opts)
        assert compare_metadata(context, m.Base.metadata) == []
    engine.dispose()


def test_an_existing_programme_gets_the_templates_and_keeps_its_rows(store_target):
    engine = engine_of(store_target)
    before = counts(engine)
    to_0005(engine)
    with engine.connect() as connection:
        assert "regime" not in inspect(connection).get_table_names()
        assert current_revision(connection) == "0005"
    assert counts(engine) == before  # the downgrade kept the programme's rows
    engine.dispose()

    store = open_store(store_target)  # the app migrates on open, as a user would meet it
    try:
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(m.Regime)) == len(TEMPLATES)
            kinds = set(session.scalars(select(m.Milestone.kind)))
            assert kinds == {"general"}
            assert set(session.scalars(select(m.Milestone.deviation))) == {""}
        regimes = {r.name: r for r in RegimeService(store).regimes()}
        assert all(r.template for r in regimes.values())
        programme = ProgrammeService(store)
        initiative = next(i for i in programme.initiatives() if i.name == "Preventie met Gezag")
        line = replace(initiative.funding[0], regime_id=regimes["SiSa"].id)
        programme.save_initiative(replace(initiative, funding=(line,)))
        bodies = {x.body for x in programme.milestones() if x.funding_line_id}
        assert bodies == {"funder"}  # the widened CHECK takes the new body
    finally:
        store.close()
    engine = engine_of(store_target)
    assert counts(engine) == {**before, "milestone": before["milestone"] + 4}

    to_0005(engine)  # and down again: the funder's milestones become "other"
    with engine.connect() as connection:
        bodies = connection.execute(text("SELECT DISTINCT body FROM milestone")).scalars().all()
        assert "funder" not in bodies and "other" in bodies
    engine.dispose()


def test_an_empty_database_gets_no_templates_from_the_migration(tmp_path):
    # A copy target is migrated empty: the copy brings the source's regimes itself.
    store = open_store(tmp_path / "empty.sqlite", seed=False)
    try:
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(m.Regime)) == 0
    finally:
        store.close()
