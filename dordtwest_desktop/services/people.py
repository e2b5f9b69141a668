"""People and partner organisations, and who attends which meeting."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain import records
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services import convert_meetings as cm
from dordtwest_desktop.services.common import Service, Snapshot, based_on, get_or_raise
from dordtwest_desktop.services.dto import AttendeeDTO, OrganisationDTO, PersonDTO
from dordtwest_desktop.store import models as m


class PeopleService(Service):
    def people(self) -> tuple[PersonDTO, ...]:
        with self.store.read() as session:
            rows = session.execute(
                select(m.Person, m.Organisation.name)
                .outerjoin(m.Organisation, m.Person.organisation_id == m.Organisation.id)
                .order_by(m.Person.name)
            ).all()
            return tuple(_person(p, o) for p, o in rows)

    def organisations(self) -> tuple[OrganisationDTO, ...]:
        with self.store.read() as session:
            rows = session.scalars(select(m.Organisation).order_by(m.Organisation.name))
            return tuple(OrganisationDTO(id=o.id, name=o.name) for o in rows)

    def save_person(self, dto: PersonDTO) -> PersonDTO | None:
        """Create or update a person; the organisation is found or created by name."""
        records.person(name=dto.name)
        name = dto.name.strip()
        with self.store.transaction() as session:
            row = session.get(m.Person, dto.id)
            previous = None
            if row is not None:
                org = (
                    session.get(m.Organisation, row.organisation_id)
                    if row.organisation_id
                    else None
                )
                previous = _person(row, org.name if org else None)
            based_on(row, dto.version, previous)
            if row is None:
                row = m.Person(id=dto.id)
                session.add(row)
            row.name = name
            row.email = dto.email.strip()
            row.organisation_id = _organisation(session, dto.organisation)
            return previous

    def delete_person(self, ident: uuid.UUID) -> Snapshot:
        return self._delete("person", ident)

    def save_attendee(self, dto: AttendeeDTO) -> AttendeeDTO | None:
        with self.store.transaction() as session:
            get_or_raise(session, m.Meeting, dto.meeting_id)
            person = get_or_raise(session, m.Person, dto.person_id)
            row = session.get(m.Attendee, dto.id)
            previous = None
            if row is None:
                duplicate = session.scalar(
                    select(m.Attendee.id).where(
                        m.Attendee.meeting_id == dto.meeting_id,
                        m.Attendee.person_id == dto.person_id,
                    )
                )
                if duplicate is not None:
                    from dordtwest_desktop.domain.errors import ValidationError

                    raise ValidationError(
                        tr("{name} is already on the attendee list.").format(name=person.name),
                        field="person",
                    )
                count = session.scalar(
                    select(func.count()).where(m.Attendee.meeting_id == dto.meeting_id)
                )
                row = m.Attendee(id=dto.id, meeting_id=dto.meeting_id, position=count or 0)
                session.add(row)
            else:
                previous = cm.attendee(row, person, None)
                based_on(row, dto.version, previous)
            row.person_id = dto.person_id
            row.role = dto.role
            row.attendance = dto.attendance
            return previous

    def remove_attendee(self, ident: uuid.UUID) -> Snapshot:
        return self._delete("attendee", ident)


def _person(row: m.Person, organisation: str | None) -> PersonDTO:
    return PersonDTO(
        id=row.id,
        name=row.name,
        organisation_id=row.organisation_id,
        organisation=organisation or "",
        email=row.email,
        version=row.version,
    )


def _organisation(session: Session, name: str) -> uuid.UUID | None:
    name = name.strip()
    if not name:
        return None
    found = session.scalar(select(m.Organisation).where(m.Organisation.name == name))
    if found is None:
        found = m.Organisation(id=uuid.uuid4(), name=name)
        session.add(found)
        session.flush()
    return found.id
