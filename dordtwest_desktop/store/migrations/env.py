"""Alembic environment: always runs on the connection the app hands over."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context

from dordtwest_desktop.store import search_index
from dordtwest_desktop.store.models import Base
from dordtwest_desktop.store.types import PreciseDateType


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    # Migrations stay plain SQLAlchemy: the value type is a VARCHAR underneath.
    if type_ == "type" and isinstance(obj, PreciseDateType):
        return "sa.String(length=80)"
    return False


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    render_item=render_item,
    compare_type=True,
    # The search index lives outside the models: autogenerate would drop it.
    include_object=search_index.include_object,
)
with context.begin_transaction():
    context.run_migrations()
