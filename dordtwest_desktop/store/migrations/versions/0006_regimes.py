"""accountability regimes: funding lines generate their report milestones

A regime (verantwoordingsregime) is a table of report moments; a funding line
may carry one, and its milestones then record which moment they stand for and
whether they still follow it. Milestones get a kind (general, accountability)
and may be decided by the funder. A database that already holds a programme
gets the shipped templates; an empty one gets them from the seed (a copy
target stays empty, so that the copy brings its own).

Revision ID: 0006_regimes
Revises: 0005
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_regimes"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_BODIES = "body IN ('alliance', 'executive', 'council', 'other')"
NEW_BODIES = "body IN ('alliance', 'executive', 'council', 'other', 'funder')"
RULES = ("yearly", "after_end", "every", "fixed")


def upgrade() -> None:
    op.create_table(
        "regime",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("template", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regime")),
        sa.UniqueConstraint("name", name=op.f("uq_regime_name")),
    )
    op.create_table(
        "regime_moment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("regime_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "rule",
            sa.Enum(
                *RULES, name="ck_momentrule", native_enum=False, create_constraint=True, length=32
            ),
            nullable=False,
        ),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("fixed", sa.String(length=80), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["regime_id"],
            ["regime.id"],
            name=op.f("fk_regime_moment_regime_id_regime"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regime_moment")),
    )
    with op.batch_alter_table("regime_moment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_regime_moment_regime_id"), ["regime_id"], unique=False)

    with op.batch_alter_table("funding_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("regime_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_funding_line_regime_id"), ["regime_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_funding_line_regime_id_regime"),
            "regime",
            ["regime_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "kind",
                sa.Enum(
                    "general",
                    "accountability",
                    name="ck_milestonekind",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                server_default="general",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("funding_line_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("regime_key", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("regime_title", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("regime_due", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("deviation", sa.Text(), server_default="", nullable=False))
        batch_op.create_index(
            batch_op.f("ix_milestone_funding_line_id"), ["funding_line_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_milestone_funding_line_id_funding_line"),
            "funding_line",
            ["funding_line_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.drop_constraint(op.f("ck_milestone_ck_body"), type_="check")
        batch_op.create_check_constraint(op.f("ck_milestone_ck_body"), NEW_BODIES)

    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_meeting_ck_body"), type_="check")
        batch_op.create_check_constraint(op.f("ck_meeting_ck_body"), NEW_BODIES)

    _templates_for_existing_programme()


def _templates_for_existing_programme() -> None:
    connection = op.get_bind()
    if not connection.execute(sa.text("SELECT count(*) FROM programme")).scalar():
        return
    # The shipped templates as they stand at this revision (domain.regimes); a later
    # change to them is a migration of its own.
    from dordtwest_desktop.domain.regimes import TEMPLATES

    regime = sa.table(
        "regime",
        sa.column("id", sa.Uuid()),
        sa.column("position", sa.Integer()),
        sa.column("name", sa.String()),
        sa.column("description", sa.Text()),
        sa.column("template", sa.Boolean()),
        sa.column("version", sa.Integer()),
    )
    moment = sa.table(
        "regime_moment",
        sa.column("id", sa.Uuid()),
        sa.column("regime_id", sa.Uuid()),
        sa.column("position", sa.Integer()),
        sa.column("title", sa.String()),
        sa.column("rule", sa.String()),
        sa.column("months", sa.Integer()),
        sa.column("day", sa.Integer()),
        sa.column("month", sa.Integer()),
        sa.column("fixed", sa.String()),
        sa.column("version", sa.Integer()),
    )
    for position, template in enumerate(TEMPLATES):
        connection.execute(
            regime.insert().values(
                id=template.id,
                position=position,
                name=template.name,
                description=template.description,
                template=True,
                version=1,
            )
        )
        for index, item in enumerate(template.moments):
            connection.execute(
                moment.insert().values(
                    id=item.id,
                    regime_id=template.id,
                    position=index,
                    title=item.title,
                    rule=item.rule.value,
                    months=item.months,
                    day=item.day,
                    month=item.month,
                    fixed=item.fixed.render() if item.fixed else None,
                    version=1,
                )
            )


def downgrade() -> None:
    op.execute("UPDATE milestone SET body = 'other' WHERE body = 'funder'")
    op.execute("UPDATE meeting SET body = 'other' WHERE body = 'funder'")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_meeting_ck_body"), type_="check")
        batch_op.create_check_constraint(op.f("ck_meeting_ck_body"), OLD_BODIES)

    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_milestone_ck_body"), type_="check")
        batch_op.create_check_constraint(op.f("ck_milestone_ck_body"), OLD_BODIES)
        batch_op.drop_constraint(
            batch_op.f("fk_milestone_funding_line_id_funding_line"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_milestone_funding_line_id"))
        batch_op.drop_constraint(op.f("ck_milestone_ck_milestonekind"), type_="check")
        for column in (
            "deviation",
            "regime_due",
            "regime_title",
            "regime_key",
            "funding_line_id",
            "kind",
        ):
            batch_op.drop_column(column)

    with op.batch_alter_table("funding_line", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_funding_line_regime_id_regime"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_funding_line_regime_id"))
        batch_op.drop_column("regime_id")

    with op.batch_alter_table("regime_moment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_regime_moment_regime_id"))

    op.drop_table("regime_moment")
    op.drop_table("regime")
