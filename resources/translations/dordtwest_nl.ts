<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
  <context>
    <name>ActionDialog</name>
    <message>
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Actie</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Termijn</translation>
    </message>
    <message>
      <source>Edit action</source>
      <translation>Actie bewerken</translation>
    </message>
    <message>
      <source>Meeting of origin</source>
      <translation>Vergadering van herkomst</translation>
    </message>
    <message>
      <source>New action</source>
      <translation>Nieuwe actie</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Actiehouder</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>%1 (overdue)</source>
      <translation>%1 (verlopen)</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Actie</translation>
    </message>
    <message>
      <source>Delete action</source>
      <translation>Actie verwijderen</translation>
    </message>
    <message>
      <source>Delete action '%1'? You can undo this with Ctrl+Z.</source>
      <translation>Actie '%1' verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Termijn</translation>
    </message>
    <message>
      <source>Edit action</source>
      <translation>Actie bewerken</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Vergadering</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Actiehouder</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>ActionsView</name>
    <message>
      <source>Actions</source>
      <translation>Actielijst</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alle statussen</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Gereed melden</translation>
    </message>
    <message>
      <source>Only overdue</source>
      <translation>Alleen verlopen</translation>
    </message>
    <message>
      <source>Overdue or not</source>
      <translation>Alle termijnen</translation>
    </message>
  </context>
  <context>
    <name>AgendaItemDialog</name>
    <message>
      <source>Duration (minutes)</source>
      <translation>Duur (minuten)</translation>
    </message>
    <message>
      <source>Edit agenda item</source>
      <translation>Agendapunt bewerken</translation>
    </message>
    <message>
      <source>Explanation</source>
      <translation>Toelichting</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Algemeen</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <source>Initiatives</source>
      <translation>Inspanningen</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Links</source>
      <translation>Koppelingen</translation>
    </message>
    <message>
      <source>Milestones</source>
      <translation>Mijlpalen</translation>
    </message>
    <message>
      <source>New agenda item</source>
      <translation>Nieuw agendapunt</translation>
    </message>
    <message>
      <source>Openness</source>
      <translation>Openbaarheid</translation>
    </message>
    <message>
      <source>Presenter</source>
      <translation>Inleider</translation>
    </message>
    <message>
      <source>Proposed decision</source>
      <translation>Voorgesteld besluit</translation>
    </message>
    <message>
      <source>Proposed decision points</source>
      <translation>Beslispunten</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>confidential (vertrouwelijk)</source>
      <translation>vertrouwelijk</translation>
    </message>
    <message>
      <source>e.g. 20</source>
      <translation>bv. 20</translation>
    </message>
    <message>
      <source>public (openbaar)</source>
      <translation>openbaar</translation>
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <source>%1 items, %2 minutes</source>
      <translation>%1 agendapunten, %2 minuten</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Delete agenda item</source>
      <translation>Agendapunt verwijderen</translation>
    </message>
    <message>
      <source>Delete agenda item '%1' with its decision, attachments and remarks? You can undo this with Ctrl+Z.</source>
      <translation>Agendapunt '%1' met besluit, bijlagen en opmerkingen verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Omlaag</translation>
    </message>
    <message>
      <source>Edit agenda item</source>
      <translation>Agendapunt bewerken</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bewerken…</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Min.</source>
      <translation>Min.</translation>
    </message>
    <message>
      <source>Move agenda item</source>
      <translation>Agendapunt verplaatsen</translation>
    </message>
    <message>
      <source>Move down (Ctrl+Down)</source>
      <translation>Omlaag verplaatsen (Ctrl+Omlaag)</translation>
    </message>
    <message>
      <source>Move up (Ctrl+Up)</source>
      <translation>Omhoog verplaatsen (Ctrl+Omhoog)</translation>
    </message>
    <message>
      <source>New item…</source>
      <translation>Nieuw agendapunt…</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Openness</source>
      <translation>Openbaarheid</translation>
    </message>
    <message>
      <source>Presenter</source>
      <translation>Inleider</translation>
    </message>
    <message>
      <source>Reorder agenda</source>
      <translation>Agenda herschikken</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Aanvang</translation>
    </message>
    <message>
      <source>The agenda runs until %1, past the planned end at %2.</source>
      <translation>De agenda loopt tot %1, na het geplande einde om %2.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <source>after midnight</source>
      <translation>na middernacht</translation>
    </message>
    <message>
      <source>confidential</source>
      <translation>vertrouwelijk</translation>
    </message>
    <message>
      <source>give the meeting a start time to see the times of the items</source>
      <translation>geef de vergadering een aanvangstijd om de tijden van de agendapunten te zien</translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>tot %1</translation>
    </message>
  </context>
  <context>
    <name>AnnotationDialog</name>
    <message>
      <source>(not set)</source>
      <translation>(niet ingesteld)</translation>
    </message>
    <message>
      <source>About</source>
      <translation>Betreft</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <source>Edit remark</source>
      <translation>Opmerking bewerken</translation>
    </message>
    <message>
      <source>New remark</source>
      <translation>Nieuwe opmerking</translation>
    </message>
    <message>
      <source>Personal remarks never leave this computer in an export.</source>
      <translation>Persoonlijke opmerkingen verlaten deze computer nooit in een export.</translation>
    </message>
    <message>
      <source>Remark</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <source>Visibility</source>
      <translation>Zichtbaarheid</translation>
    </message>
    <message>
      <source>decision point %1: %2</source>
      <translation>beslispunt %1: %2</translation>
    </message>
    <message>
      <source>the agenda item</source>
      <translation>het agendapunt</translation>
    </message>
    <message>
      <source>the decision</source>
      <translation>het besluit</translation>
    </message>
  </context>
  <context>
    <name>AnnotationsSection</name>
    <message>
      <source>About</source>
      <translation>Betreft</translation>
    </message>
    <message>
      <source>Add remark…</source>
      <translation>Opmerking toevoegen…</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Delete remark</source>
      <translation>Opmerking verwijderen</translation>
    </message>
    <message>
      <source>Edit remark</source>
      <translation>Opmerking bewerken</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bewerken…</translation>
    </message>
    <message>
      <source>Only the author can change a remark.</source>
      <translation>Alleen de auteur kan een opmerking wijzigen.</translation>
    </message>
    <message>
      <source>Remark</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Opmerkingen</translation>
    </message>
    <message>
      <source>Visibility</source>
      <translation>Zichtbaarheid</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>besluit</translation>
    </message>
    <message>
      <source>item</source>
      <translation>agendapunt</translation>
    </message>
    <message>
      <source>point %1</source>
      <translation>beslispunt %1</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Database cannot be opened</source>
      <translation>Database kan niet worden geopend</translation>
    </message>
    <message>
      <source>Details are in the log file:
%1</source>
      <translation>Details staan in het logbestand:
%1</translation>
    </message>
    <message>
      <source>Something went wrong that the app did not expect. Your data is safe up to the last change that was stored.</source>
      <translation>Er ging iets mis dat de app niet verwachtte. Uw gegevens zijn veilig tot en met de laatst opgeslagen wijziging.</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Onverwachte fout</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsSection</name>
    <message>
      <source>Add PDF…</source>
      <translation>PDF toevoegen…</translation>
    </message>
    <message>
      <source>Attach '%1'</source>
      <translation>'%1' bijvoegen</translation>
    </message>
    <message>
      <source>Attach PDF files</source>
      <translation>PDF-bestanden bijvoegen</translation>
    </message>
    <message>
      <source>Attachments (PDF)</source>
      <translation>Bijlagen (PDF)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Openen</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Pagina's</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Remove attachment '%1'</source>
      <translation>Bijlage '%1' verwijderen</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Grootte</translation>
    </message>
  </context>
  <context>
    <name>AttendeeDialog</name>
    <message>
      <source>Add attendee</source>
      <translation>Aanwezige toevoegen</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Aanwezigheid</translation>
    </message>
    <message>
      <source>Choose a person or type the name of a new one.</source>
      <translation>Kies een persoon of typ de naam van een nieuwe persoon.</translation>
    </message>
    <message>
      <source>Edit attendee</source>
      <translation>Aanwezige bewerken</translation>
    </message>
    <message>
      <source>Organisation (for a new person)</source>
      <translation>Organisatie (voor een nieuwe persoon)</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Persoon</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>a known person, or type a new name</source>
      <translation>een bekende persoon, of typ een nieuwe naam</translation>
    </message>
  </context>
  <context>
    <name>AttendeesPanel</name>
    <message>
      <source>%1 present, %2 absent with apologies</source>
      <translation>%1 aanwezig, %2 afwezig met bericht</translation>
    </message>
    <message>
      <source>Add attendee…</source>
      <translation>Aanwezige toevoegen…</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Aanwezigheid</translation>
    </message>
    <message>
      <source>Edit attendee list</source>
      <translation>Presentielijst bewerken</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bewerken…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Remove attendee</source>
      <translation>Aanwezige verwijderen</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <source>A decision can mark a milestone linked to this item as reached.</source>
      <translation>Een besluit kan een aan dit agendapunt gekoppelde mijlpaal als behaald markeren.</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <source>Decision on '%1'</source>
      <translation>Besluit over '%1'</translation>
    </message>
    <message>
      <source>Milestone reached</source>
      <translation>Mijlpaal behaald</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Uitkomst</translation>
    </message>
  </context>
  <context>
    <name>Form</name>
    <message>
      <source>e.g. 14 november 2023, Q1 2024, eind 2023</source>
      <translation>bv. 14 november 2023, Q1 2024, eind 2023</translation>
    </message>
    <message>
      <source>e.g. 4.300.000 or 4,3 miljoen</source>
      <translation>bv. 4.300.000 of 4,3 miljoen</translation>
    </message>
  </context>
  <context>
    <name>FundingDialog</name>
    <message>
      <source>Amount granted</source>
      <translation>Bedrag toegekend</translation>
    </message>
    <message>
      <source>Amount requested</source>
      <translation>Bedrag aangevraagd</translation>
    </message>
    <message>
      <source>Decision date</source>
      <translation>Besluitdatum</translation>
    </message>
    <message>
      <source>Decision number</source>
      <translation>Beschikkingsnummer</translation>
    </message>
    <message>
      <source>Edit funding line</source>
      <translation>Financieringsregel bewerken</translation>
    </message>
    <message>
      <source>Free text; the ministries are suggestions.</source>
      <translation>Vrije tekst; de ministeries zijn suggesties.</translation>
    </message>
    <message>
      <source>Funder</source>
      <translation>Financier</translation>
    </message>
    <message>
      <source>New funding line</source>
      <translation>Nieuwe financieringsregel</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Reporting deadline</source>
      <translation>Verantwoordingsdatum</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>Regeling</translation>
    </message>
    <message>
      <source>Spending period from</source>
      <translation>Bestedingsperiode van</translation>
    </message>
    <message>
      <source>Spending period until</source>
      <translation>Bestedingsperiode tot en met</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>GoalDialog</name>
    <message>
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <source>Edit goal</source>
      <translation>Doel bewerken</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>New goal</source>
      <translation>Nieuw doel</translation>
    </message>
    <message>
      <source>Part of</source>
      <translation>Onderdeel van</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pijler</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
  </context>
  <context>
    <name>GoalsView</name>
    <message>
      <source>All kinds</source>
      <translation>Alle soorten</translation>
    </message>
    <message>
      <source>All pillars</source>
      <translation>Alle pijlers</translation>
    </message>
    <message>
      <source>Delete goal</source>
      <translation>Doel verwijderen</translation>
    </message>
    <message>
      <source>Edit goal</source>
      <translation>Doel bewerken</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <source>Initiative / part of</source>
      <translation>Inspanning / onderdeel van</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pijler</translation>
    </message>
  </context>
  <context>
    <name>InitiativeDialog</name>
    <message>
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <source>Add funding line…</source>
      <translation>Financieringsregel toevoegen…</translation>
    </message>
    <message>
      <source>Ambition</source>
      <translation>Ambitie</translation>
    </message>
    <message>
      <source>Components</source>
      <translation>Onderdelen</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <source>Edit initiative</source>
      <translation>Inspanning bewerken</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bewerken…</translation>
    </message>
    <message>
      <source>Funder</source>
      <translation>Financier</translation>
    </message>
    <message>
      <source>Funding</source>
      <translation>Middelen</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Algemeen</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <source>Goals of the initiative</source>
      <translation>Doelen van de inspanning</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>Toegekend</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>New initiative</source>
      <translation>Nieuwe inspanning</translation>
    </message>
    <message>
      <source>Period from</source>
      <translation>Periode van</translation>
    </message>
    <message>
      <source>Period until</source>
      <translation>Periode tot en met</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pijler</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>Aangevraagd</translation>
    </message>
    <message>
      <source>Responsible partner</source>
      <translation>Verantwoordelijke partner</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>Regeling</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Target area</source>
      <translation>Doelgebied</translation>
    </message>
  </context>
  <context>
    <name>InitiativesView</name>
    <message>
      <source>All pillars</source>
      <translation>Alle pijlers</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alle statussen</translation>
    </message>
    <message>
      <source>Delete initiative</source>
      <translation>Inspanning verwijderen</translation>
    </message>
    <message>
      <source>Edit initiative</source>
      <translation>Inspanning bewerken</translation>
    </message>
    <message>
      <source>Funders</source>
      <translation>Financiers</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>Toegekend</translation>
    </message>
    <message>
      <source>Initiative</source>
      <translation>Inspanning</translation>
    </message>
    <message>
      <source>Initiatives</source>
      <translation>Inspanningen</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pijler</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>Aangevraagd</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Target area</source>
      <translation>Doelgebied</translation>
    </message>
  </context>
  <context>
    <name>ItemDetails</name>
    <message>
      <source>%1 min.</source>
      <translation>%1 min.</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <source>Initiatives</source>
      <translation>Inspanningen</translation>
    </message>
    <message>
      <source>Milestone reached: %1</source>
      <translation>Mijlpaal behaald: %1</translation>
    </message>
    <message>
      <source>Milestones</source>
      <translation>Mijlpalen</translation>
    </message>
    <message>
      <source>No decision recorded.</source>
      <translation>Nog geen besluit vastgelegd.</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Geen.</translation>
    </message>
    <message>
      <source>Open actions from earlier meetings</source>
      <translation>Openstaande acties uit eerdere vergaderingen</translation>
    </message>
    <message>
      <source>Outcome: %1</source>
      <translation>Uitkomst: %1</translation>
    </message>
    <message>
      <source>Proposed decision</source>
      <translation>Voorgesteld besluit</translation>
    </message>
    <message>
      <source>confidential</source>
      <translation>vertrouwelijk</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>verlopen</translation>
    </message>
    <message>
      <source>presenter: %1</source>
      <translation>inleider: %1</translation>
    </message>
    <message>
      <source>public</source>
      <translation>openbaar</translation>
    </message>
  </context>
  <context>
    <name>ItemPane</name>
    <message>
      <source>Delete decision</source>
      <translation>Besluit verwijderen</translation>
    </message>
    <message>
      <source>Edit decision…</source>
      <translation>Besluit bewerken…</translation>
    </message>
    <message>
      <source>Record decision</source>
      <translation>Besluit vastleggen</translation>
    </message>
    <message>
      <source>Record decision…</source>
      <translation>Besluit vastleggen…</translation>
    </message>
    <message>
      <source>Select an agenda item.</source>
      <translation>Kies een agendapunt.</translation>
    </message>
  </context>
  <context>
    <name>LinesEditor</name>
    <message>
      <source>Add</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>%1 records merged</source>
      <translation>%1 records samengevoegd</translation>
    </message>
    <message>
      <source>%1 records written</source>
      <translation>%1 records weggeschreven</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>&amp;Over deze app</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bewerken</translation>
    </message>
    <message>
      <source>&amp;Export all data (JSON)…</source>
      <translation>Alle gegevens &amp;exporteren (JSON)…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Import data (JSON)…</source>
      <translation>Gegevens &amp;importeren (JSON)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Opnieuw</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Instellingen…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
      <source>About</source>
      <translation>Over deze app</translation>
    </message>
    <message>
      <source>Backup written to %1</source>
      <translation>Back-up geschreven naar %1</translation>
    </message>
    <message>
      <source>Database (*.sqlite)</source>
      <translation>Database (*.sqlite)</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <translation>Database: %1</translation>
    </message>
    <message>
      <source>Dordt West Alliantie</source>
      <translation>Dordt West Alliantie</translation>
    </message>
    <message>
      <source>Dordt West Alliantie %1
Programme and meetings of the Nationaal Programma Dordt West.</source>
      <translation>Dordt West Alliantie %1
Programma en vergaderingen van het Nationaal Programma Dordt West.</translation>
    </message>
    <message>
      <source>Exchange file (*.json)</source>
      <translation>Uitwisselbestand (*.json)</translation>
    </message>
    <message>
      <source>Export all data</source>
      <translation>Alle gegevens exporteren</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <source>Import data</source>
      <translation>Gegevens importeren</translation>
    </message>
    <message>
      <source>Initiatives</source>
      <translation>Inspanningen</translation>
    </message>
    <message>
      <source>Make &amp;backup…</source>
      <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
      <source>Make backup</source>
      <translation>Back-up maken</translation>
    </message>
    <message>
      <source>Milestones</source>
      <translation>Mijlpalen</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programma</translation>
    </message>
  </context>
  <context>
    <name>MeetingActionsPanel</name>
    <message>
      <source>Actions from this meeting</source>
      <translation>Acties uit deze vergadering</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bewerken…</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Gereed melden</translation>
    </message>
    <message>
      <source>New action…</source>
      <translation>Nieuwe actie…</translation>
    </message>
    <message>
      <source>Open actions of earlier meetings of %1; they return under 'besluitenlijst en actielijst vorige vergadering'</source>
      <translation>Openstaande acties van eerdere vergaderingen van %1; ze komen terug onder 'besluitenlijst en actielijst vorige vergadering'</translation>
    </message>
  </context>
  <context>
    <name>MeetingCommon</name>
    <message>
      <source>%1 bytes</source>
      <translation>%1 bytes</translation>
    </message>
    <message>
      <source>'%1' is not a number of minutes; write for example 60 for an hour.</source>
      <translation>'%1' is geen aantal minuten; schrijf bijvoorbeeld 60 voor een uur.</translation>
    </message>
    <message>
      <source>'%1' is not a time; write for example 14:00 or 9.30.</source>
      <translation>'%1' is geen tijd; schrijf bijvoorbeeld 14:00 of 9.30.</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <source>A meeting needs a date; write for example 8 februari 2024.</source>
      <translation>Een vergadering heeft een datum nodig; schrijf bijvoorbeeld 8 februari 2024.</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Orgaan</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Voorzitter</translation>
    </message>
    <message>
      <source>Copy the agenda of an earlier meeting:</source>
      <translation>De agenda van een eerdere vergadering kopiëren:</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Empty agenda</source>
      <translation>Lege agenda</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Locatie</translation>
    </message>
    <message>
      <source>Meeting details</source>
      <translation>Vergadergegevens</translation>
    </message>
    <message>
      <source>Name of the body</source>
      <translation>Naam van het orgaan</translation>
    </message>
    <message>
      <source>New meeting</source>
      <translation>Nieuwe vergadering</translation>
    </message>
    <message>
      <source>Planned end</source>
      <translation>Gepland einde</translation>
    </message>
    <message>
      <source>Standard agenda of the Alliantie</source>
      <translation>Standaardagenda van de Alliantie</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation>Aanvangstijd</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>e.g. 14:00</source>
      <translation>bv. 14:00</translation>
    </message>
    <message>
      <source>e.g. 16:00; the agenda warns when it runs later</source>
      <translation>bv. 16:00; de agenda waarschuwt als ze uitloopt</translation>
    </message>
    <message>
      <source>e.g. 8 februari 2024 or 8-2-2024</source>
      <translation>bv. 8 februari 2024 of 8-2-2024</translation>
    </message>
    <message>
      <source>optional, e.g. Besluitvorming uitvoeringsprogramma</source>
      <translation>optioneel, bv. Besluitvorming uitvoeringsprogramma</translation>
    </message>
  </context>
  <context>
    <name>MeetingListView</name>
    <message>
      <source>All bodies</source>
      <translation>Alle organen</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alle statussen</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Orgaan</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Delete meeting</source>
      <translation>Vergadering verwijderen</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Locatie</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Vergaderingen</translation>
    </message>
    <message>
      <source>New meeting</source>
      <translation>Nieuwe vergadering</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>Openen…</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>The meeting '%1' has recorded decisions. Delete it with its agenda, decisions and remarks? You can undo this with Ctrl+Z.</source>
      <translation>De vergadering '%1' heeft vastgelegde besluiten. Verwijderen met agenda, besluiten en opmerkingen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tijd</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
  </context>
  <context>
    <name>MeetingView</name>
    <message>
      <source>Actions (%1)</source>
      <translation>Acties (%1)</translation>
    </message>
    <message>
      <source>Agenda (%1)</source>
      <translation>Agenda (%1)</translation>
    </message>
    <message>
      <source>Attendees (%1)</source>
      <translation>Aanwezigen (%1)</translation>
    </message>
    <message>
      <source>Edit meeting</source>
      <translation>Vergadering bewerken</translation>
    </message>
    <message>
      <source>Meeting details…</source>
      <translation>Vergadergegevens…</translation>
    </message>
    <message>
      <source>chair: %1</source>
      <translation>voorzitter: %1</translation>
    </message>
    <message>
      <source>‹ All meetings</source>
      <translation>‹ Alle vergaderingen</translation>
    </message>
  </context>
  <context>
    <name>MilestoneDialog</name>
    <message>
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <source>(programme)</source>
      <translation>(programma)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>Besluit door</translation>
    </message>
    <message>
      <source>Edit milestone</source>
      <translation>Mijlpaal bewerken</translation>
    </message>
    <message>
      <source>Initiative</source>
      <translation>Inspanning</translation>
    </message>
    <message>
      <source>New milestone</source>
      <translation>Nieuwe mijlpaal</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
  </context>
  <context>
    <name>MilestonesView</name>
    <message>
      <source>%1 (overdue)</source>
      <translation>%1 (verlopen)</translation>
    </message>
    <message>
      <source>All initiatives</source>
      <translation>Alle inspanningen</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alle statussen</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>Besluit door</translation>
    </message>
    <message>
      <source>Delete milestone</source>
      <translation>Mijlpaal verwijderen</translation>
    </message>
    <message>
      <source>Edit milestone</source>
      <translation>Mijlpaal bewerken</translation>
    </message>
    <message>
      <source>Initiative</source>
      <translation>Inspanning</translation>
    </message>
    <message>
      <source>Milestone</source>
      <translation>Mijlpaal</translation>
    </message>
    <message>
      <source>Milestones</source>
      <translation>Mijlpalen</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>Ops</name>
    <message>
      <source>Dordt West Alliantie</source>
      <translation>Dordt West Alliantie</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeView</name>
    <message>
      <source>%1 granted</source>
      <translation>%1 toegekend</translation>
    </message>
    <message>
      <source>%1 requested</source>
      <translation>%1 aangevraagd</translation>
    </message>
    <message>
      <source>Ambition</source>
      <translation>Ambitie</translation>
    </message>
    <message>
      <source>Ambition Dordt West</source>
      <translation>Ambitie Dordt West</translation>
    </message>
    <message>
      <source>Components</source>
      <translation>Onderdelen</translation>
    </message>
    <message>
      <source>Funding</source>
      <translation>Middelen</translation>
    </message>
    <message>
      <source>Goal of the national programme</source>
      <translation>Doelstelling Nationaal Programma</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <source>Initiatives</source>
      <translation>Inspanningen</translation>
    </message>
    <message>
      <source>Pillars and strategic goals</source>
      <translation>Programmapijlers en strategische doelen</translation>
    </message>
    <message>
      <source>Planning</source>
      <translation>Planning</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <source>Sub-goals</source>
      <translation>Subdoelen</translation>
    </message>
    <message>
      <source>Target area</source>
      <translation>Doelgebied</translation>
    </message>
    <message>
      <source>decision %1</source>
      <translation>besluit %1</translation>
    </message>
  </context>
  <context>
    <name>RecordListView</name>
    <message>
      <source>%1 of %2 shown</source>
      <translation>%1 van %2 getoond</translation>
    </message>
    <message>
      <source>%1 records</source>
      <translation>%1 rijen</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Delete '%1'? You can undo this with Ctrl+Z.</source>
      <translation>'%1' verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bewerken…</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Nieuw…</translation>
    </message>
    <message>
      <source>Search…</source>
      <translation>Zoeken…</translation>
    </message>
  </context>
  <context>
    <name>Registry</name>
    <message>
      <source>Actions</source>
      <translation>Actielijst</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Vergaderingen</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Language (after restart)</source>
      <translation>Taal (na herstart)</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>Written as author of your remarks.</source>
      <translation>Wordt als auteur bij uw opmerkingen gezet.</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Uw naam</translation>
    </message>
  </context>
  <context>
    <name>agenda</name>
    <message>
      <source>Adoption of the agenda</source>
      <translation>Vaststellen agenda</translation>
    </message>
    <message>
      <source>Announcements</source>
      <translation>Mededelingen</translation>
    </message>
    <message>
      <source>Any other business</source>
      <translation>Rondvraag</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>Sluiting</translation>
    </message>
    <message>
      <source>Decision list and action list of the previous meeting</source>
      <translation>Besluitenlijst en actielijst vorige vergadering</translation>
    </message>
    <message>
      <source>Opening</source>
      <translation>Opening</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>'{id}' fits {count} meetings; give more characters.</source>
      <translation>'{id}' past bij {count} vergaderingen; geef meer tekens.</translation>
    </message>
    <message>
      <source>'{name}' has no pages.</source>
      <translation>'{name}' heeft geen pagina's.</translation>
    </message>
    <message>
      <source>'{name}' is a damaged PDF file.</source>
      <translation>'{name}' is een beschadigd PDF-bestand.</translation>
    </message>
    <message>
      <source>'{name}' is empty (0 bytes).</source>
      <translation>'{name}' is leeg (0 bytes).</translation>
    </message>
    <message>
      <source>'{name}' is larger than 200 MB.</source>
      <translation>'{name}' is groter dan 200 MB.</translation>
    </message>
    <message>
      <source>'{name}' is not a PDF file.</source>
      <translation>'{name}' is geen PDF-bestand.</translation>
    </message>
    <message>
      <source>'{name}' is not a briefing pack made by this app (it has no page map).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{name}' is not a readable briefing pack of this app.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{name}' is protected with a password; attach an unprotected PDF.</source>
      <translation>'{name}' is met een wachtwoord beveiligd; voeg een onbeveiligde PDF toe.</translation>
    </message>
    <message>
      <source>'{path}' cannot be read: {reason}</source>
      <translation>'{path}' kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
      <source>'{path}' has exchange format version {version}, this app reads {ours}.</source>
      <translation>'{path}' heeft uitwisselformaat versie {version}; deze app leest versie {ours}.</translation>
    </message>
    <message>
      <source>'{path}' holds unknown tables: {names}.</source>
      <translation>'{path}' bevat onbekende tabellen: {names}.</translation>
    </message>
    <message>
      <source>'{path}' is damaged and cannot be opened ({reason}).</source>
      <translation>'{path}' is beschadigd en kan niet worden geopend ({reason}).</translation>
    </message>
    <message>
      <source>'{path}' is not a database of this app (not a SQLite file).</source>
      <translation>'{path}' is geen database van deze app (geen SQLite-bestand).</translation>
    </message>
    <message>
      <source>'{path}' is not a valid exchange file: {reason}</source>
      <translation>'{path}' is geen geldig uitwisselbestand: {reason}</translation>
    </message>
    <message>
      <source>'{path}' is not an exchange file of this app.</source>
      <translation>'{path}' is geen uitwisselbestand van deze app.</translation>
    </message>
    <message>
      <source>'{text}' is not a date; write for example 14 november 2023, Q1 2024 or eind 2023.</source>
      <translation>'{text}' is geen datum; schrijf bijvoorbeeld 14 november 2023, Q1 2024 of eind 2023.</translation>
    </message>
    <message>
      <source>'{text}' is not a day; write for example 14 november 2023 or 14-11-2023.</source>
      <translation>'{text}' is geen dag; schrijf bijvoorbeeld 14 november 2023 of 14-11-2023.</translation>
    </message>
    <message>
      <source>A backup cannot overwrite the database itself.</source>
      <translation>Een back-up kan de database zelf niet overschrijven.</translation>
    </message>
    <message>
      <source>A duration is a number of minutes from 0 to {max}.</source>
      <translation>Een duur is een aantal minuten van 0 tot en met {max}.</translation>
    </message>
    <message>
      <source>A goal cannot be nested under itself.</source>
      <translation>Een doel kan niet onder zichzelf vallen.</translation>
    </message>
    <message>
      <source>A meeting needs a date.</source>
      <translation>Een vergadering heeft een datum nodig.</translation>
    </message>
    <message>
      <source>Absent with apologies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actions still open, from this meeting and earlier meetings of {body}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount '{text}' does not come to whole cents; write for example 4,35 miljoen.</source>
      <translation>Bedrag '{text}' komt niet uit op hele centen; schrijf bijvoorbeeld 4,35 miljoen.</translation>
    </message>
    <message>
      <source>Amount '{text}' has more than two decimals; write for example 1.234,50 or 1234.</source>
      <translation>Bedrag '{text}' heeft meer dan twee decimalen; schrijf bijvoorbeeld 1.234,50 of 1234.</translation>
    </message>
    <message>
      <source>Amount '{text}' is negative; an amount cannot be less than zero.</source>
      <translation>Bedrag '{text}' is negatief; een bedrag kan niet kleiner zijn dan nul.</translation>
    </message>
    <message>
      <source>Amount '{text}' is not an amount; write for example 4.000.000 or 4,3 miljoen.</source>
      <translation>Bedrag '{text}' is geen bedrag; schrijf bijvoorbeeld 4.000.000 of 4,3 miljoen.</translation>
    </message>
    <message>
      <source>Amount '{text}' is too large; the maximum is {maximum}.</source>
      <translation>Bedrag '{text}' is te groot; het maximum is {maximum}.</translation>
    </message>
    <message>
      <source>An amount cannot be negative.</source>
      <translation>Een bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
      <source>Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attachment {n} of {count} to item {item}: {name}, page {page} of {pages}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attachment: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attendance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written to {path}.</source>
      <translation>Back-up geschreven naar {path}.</translation>
    </message>
    <message>
      <source>Backups are only made of SQLite databases.</source>
      <translation>Back-ups worden alleen van SQLite-databases gemaakt.</translation>
    </message>
    <message>
      <source>Briefing pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CONFIDENTIAL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Components:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contains confidential items: do not pass on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DRAFT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>Besluit door</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <source>Decision list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Diamond: a day. Bar: a vaguer date (month, quarter, half year). Grey band: running time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draft: this version is not final.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>Fout: {message}</translation>
    </message>
    <message>
      <source>Explanation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Funder</source>
      <translation>Financier</translation>
    </message>
    <message>
      <source>Give the ID of a meeting.</source>
      <translation>Geef het ID van een vergadering.</translation>
    </message>
    <message>
      <source>Give the meeting with --meeting ID.</source>
      <translation>Geef de vergadering op met --meeting ID.</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>Toegekend</translation>
    </message>
    <message>
      <source>Import one exchange file at a time.</source>
      <translation>Importeer één uitwisselbestand tegelijk.</translation>
    </message>
    <message>
      <source>In '{text}' the end lies before the start; write for example eind november/begin december 2023.</source>
      <translation>In '{text}' ligt het einde vóór het begin; schrijf bijvoorbeeld eind november/begin december 2023.</translation>
    </message>
    <message>
      <source>Initiatives</source>
      <translation>Inspanningen</translation>
    </message>
    <message>
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item {number}: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Milestone</source>
      <translation>Mijlpaal</translation>
    </message>
    <message>
      <source>Milestones</source>
      <translation>Mijlpalen</translation>
    </message>
    <message>
      <source>Milestones of the programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No actions arose from this meeting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No attendance has been recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No decisions were recorded in this meeting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No funding recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No meeting has the ID '{id}'.</source>
      <translation>Geen vergadering heeft het ID '{id}'.</translation>
    </message>
    <message>
      <source>No milestones have been planned.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only a milestone linked to this item can be marked as reached.</source>
      <translation>Alleen een mijlpaal die aan dit agendapunt gekoppeld is, kan als behaald worden gemarkeerd.</translation>
    </message>
    <message>
      <source>Only {author} can change this remark.</source>
      <translation>Alleen {author} kan deze opmerking wijzigen.</translation>
    </message>
    <message>
      <source>Open actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open actions from earlier meetings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome: {outcome}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prepared on {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Present</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Programme</source>
      <translation>Programma</translation>
    </message>
    <message>
      <source>Programme and meetings of the Nationaal Programma Dordt West.</source>
      <translation>Programma en vergaderingen van het Nationaal Programma Dordt West.</translation>
    </message>
    <message>
      <source>Proposed decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proposed decision:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Public version: confidential items and their attachments are not included.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record {number} of '{table}', field '{field}': {reason}. Nothing was imported.</source>
      <translation>Record {number} van '{table}', veld '{field}': {reason}. Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Requested</source>
      <translation>Aangevraagd</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheme</source>
      <translation>Regeling</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>The agenda changed meanwhile; try again.</source>
      <translation>De agenda is intussen gewijzigd; probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The agenda has no items yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The author</source>
      <translation>De auteur</translation>
    </message>
    <message>
      <source>The backup to '{target}' failed: {reason}</source>
      <translation>De back-up naar '{target}' is mislukt: {reason}</translation>
    </message>
    <message>
      <source>The database '{target}' cannot be opened: {reason}</source>
      <translation>De database '{target}' kan niet worden geopend: {reason}</translation>
    </message>
    <message>
      <source>The database upgrade left broken references ({count}); restore a backup.</source>
      <translation>De database-upgrade liet gebroken verwijzingen achter ({count}); zet een back-up terug.</translation>
    </message>
    <message>
      <source>The decision text</source>
      <translation>De besluittekst</translation>
    </message>
    <message>
      <source>The description</source>
      <translation>De omschrijving</translation>
    </message>
    <message>
      <source>The end of the period ({end}) lies before its start ({start}).</source>
      <translation>Het einde van de periode ({end}) ligt vóór het begin ({start}).</translation>
    </message>
    <message>
      <source>The end time must lie after the start time.</source>
      <translation>De eindtijd moet na de begintijd liggen.</translation>
    </message>
    <message>
      <source>The export was cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file '{path}' does not exist.</source>
      <translation>Het bestand '{path}' bestaat niet.</translation>
    </message>
    <message>
      <source>The folder '{folder}' does not exist.</source>
      <translation>De map '{folder}' bestaat niet.</translation>
    </message>
    <message>
      <source>The name</source>
      <translation>De naam</translation>
    </message>
    <message>
      <source>The name of the body</source>
      <translation>De naam van het orgaan</translation>
    </message>
    <message>
      <source>The remark</source>
      <translation>De opmerking</translation>
    </message>
    <message>
      <source>The scheme or the funder</source>
      <translation>De regeling of de financier</translation>
    </message>
    <message>
      <source>The stored copy of '{name}' is damaged (hash differs).</source>
      <translation>De opgeslagen kopie van '{name}' is beschadigd (hash wijkt af).</translation>
    </message>
    <message>
      <source>The title</source>
      <translation>De titel</translation>
    </message>
    <message>
      <source>The title of a goal</source>
      <translation>De titel van een doel</translation>
    </message>
    <message>
      <source>There are no open actions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database holds no programme.</source>
      <translation>Deze database bevat geen programma.</translation>
    </message>
    <message>
      <source>This database was made by a newer version of the app (schema {revision}); update the app to open it. The file was not changed.</source>
      <translation>Deze database is gemaakt door een nieuwere versie van de app (schema {revision}); werk de app bij om hem te openen. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
      <source>This file is a database of another application; it was not changed.</source>
      <translation>Dit bestand is een database van een andere toepassing; het is niet gewijzigd.</translation>
    </message>
    <message>
      <source>This record no longer exists.</source>
      <translation>Dit record bestaat niet meer.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown document '{what}'.</source>
      <translation>Onbekend document '{what}'.</translation>
    </message>
    <message>
      <source>Without a command the app opens on the default database.</source>
      <translation>Zonder opdracht opent de app op de standaarddatabase.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Geschreven: {path}</translation>
    </message>
    <message>
      <source>add fields for remarks</source>
      <translation>velden voor opmerkingen toevoegen</translation>
    </message>
    <message>
      <source>as JSON</source>
      <translation>als JSON</translation>
    </message>
    <message>
      <source>author of the imported remarks</source>
      <translation>auteur van de geïmporteerde opmerkingen</translation>
    </message>
    <message>
      <source>confidential</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>database file or SQLAlchemy URL</source>
      <translation>databasebestand of SQLAlchemy-URL</translation>
    </message>
    <message>
      <source>export PDF documents or the whole store</source>
      <translation>PDF-documenten of alle gegevens exporteren</translation>
    </message>
    <message>
      <source>import an exchange file, remarks or figures</source>
      <translation>een uitwisselbestand, opmerkingen of cijfers importeren</translation>
    </message>
    <message>
      <source>language of the app</source>
      <translation>taal van de app</translation>
    </message>
    <message>
      <source>leave out confidential items</source>
      <translation>vertrouwelijke agendapunten weglaten</translation>
    </message>
    <message>
      <source>list records</source>
      <translation>records tonen</translation>
    </message>
    <message>
      <source>mark as draft (CONCEPT)</source>
      <translation>als concept markeren (CONCEPT)</translation>
    </message>
    <message>
      <source>meeting UUID (or a unique prefix)</source>
      <translation>UUID van de vergadering (of een uniek begin ervan)</translation>
    </message>
    <message>
      <source>open the app (the default)</source>
      <translation>de app openen (standaard)</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>page {page} of {pages}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>presenter: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>write a backup of the database</source>
      <translation>een back-up van de database maken</translation>
    </message>
    <message>
      <source>{count} confidential agenda item(s) not included.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} records merged from {path}.</source>
      <translation>{count} records samengevoegd uit {path}.</translation>
    </message>
    <message>
      <source>{count} records written to {path}.</source>
      <translation>{count} records weggeschreven naar {path}.</translation>
    </message>
    <message>
      <source>{document} of the meeting of {body} on {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{minutes} min.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is already on the attendee list.</source>
      <translation>{name} staat al op de presentielijst.</translation>
    </message>
    <message>
      <source>{start} hrs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{start}–{end} hrs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} is longer than {limit} characters.</source>
      <translation>{what} is langer dan {limit} tekens.</translation>
    </message>
    <message>
      <source>{what} may not be empty.</source>
      <translation>{what} mag niet leeg zijn.</translation>
    </message>
  </context>
  <context>
    <name>label.ActionStatus</name>
    <message>
      <source>cancelled</source>
      <translation>vervallen</translation>
    </message>
    <message>
      <source>done</source>
      <translation>gereed</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
  </context>
  <context>
    <name>label.Attendance</name>
    <message>
      <source>excused</source>
      <translation>afwezig met bericht</translation>
    </message>
    <message>
      <source>present</source>
      <translation>aanwezig</translation>
    </message>
  </context>
  <context>
    <name>label.AttendeeRole</name>
    <message>
      <source>chair</source>
      <translation>voorzitter</translation>
    </message>
    <message>
      <source>guest</source>
      <translation>gast</translation>
    </message>
    <message>
      <source>member</source>
      <translation>lid</translation>
    </message>
    <message>
      <source>secretary</source>
      <translation>notulist</translation>
    </message>
  </context>
  <context>
    <name>label.Body</name>
    <message>
      <source>Alliantie Dordt West</source>
      <translation>Alliantie Dordt West</translation>
    </message>
    <message>
      <source>College van B&amp;W</source>
      <translation>College van B&amp;W</translation>
    </message>
    <message>
      <source>Gemeenteraad</source>
      <translation>Gemeenteraad</translation>
    </message>
    <message>
      <source>other</source>
      <translation>ander orgaan</translation>
    </message>
  </context>
  <context>
    <name>label.Direction</name>
    <message>
      <source>higher is better</source>
      <translation>hoger is beter</translation>
    </message>
    <message>
      <source>lower is better</source>
      <translation>lager is beter</translation>
    </message>
  </context>
  <context>
    <name>label.FundingStatus</name>
    <message>
      <source>granted</source>
      <translation>toegekend</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>afgewezen</translation>
    </message>
    <message>
      <source>requested</source>
      <translation>aangevraagd</translation>
    </message>
  </context>
  <context>
    <name>label.GoalKind</name>
    <message>
      <source>initiative goal</source>
      <translation>doel van een inspanning</translation>
    </message>
    <message>
      <source>national sub-goal</source>
      <translation>nationaal subdoel</translation>
    </message>
    <message>
      <source>strategic goal</source>
      <translation>strategisch doel</translation>
    </message>
  </context>
  <context>
    <name>label.InitiativeStatus</name>
    <message>
      <source>active</source>
      <translation>lopend</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>afgerond</translation>
    </message>
    <message>
      <source>new</source>
      <translation>nieuw</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>gestopt</translation>
    </message>
  </context>
  <context>
    <name>label.ItemKind</name>
    <message>
      <source>adoption of the agenda</source>
      <translation>vaststellen agenda</translation>
    </message>
    <message>
      <source>announcements</source>
      <translation>mededelingen</translation>
    </message>
    <message>
      <source>any other business</source>
      <translation>rondvraag</translation>
    </message>
    <message>
      <source>closing</source>
      <translation>sluiting</translation>
    </message>
    <message>
      <source>decision and action list of the previous meeting</source>
      <translation>besluitenlijst en actielijst vorige vergadering</translation>
    </message>
    <message>
      <source>for decision</source>
      <translation>ter besluitvorming</translation>
    </message>
    <message>
      <source>for discussion</source>
      <translation>ter bespreking</translation>
    </message>
    <message>
      <source>for information</source>
      <translation>ter informatie</translation>
    </message>
    <message>
      <source>opening</source>
      <translation>opening</translation>
    </message>
  </context>
  <context>
    <name>label.MeetingStatus</name>
    <message>
      <source>draft</source>
      <translation>concept</translation>
    </message>
    <message>
      <source>final</source>
      <translation>definitief</translation>
    </message>
  </context>
  <context>
    <name>label.MilestoneStatus</name>
    <message>
      <source>cancelled</source>
      <translation>vervallen</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>gepland</translation>
    </message>
    <message>
      <source>reached</source>
      <translation>behaald</translation>
    </message>
  </context>
  <context>
    <name>label.Outcome</name>
    <message>
      <source>adopted</source>
      <translation>aangenomen</translation>
    </message>
    <message>
      <source>adopted as amended</source>
      <translation>gewijzigd aangenomen</translation>
    </message>
    <message>
      <source>deferred</source>
      <translation>aangehouden</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>verworpen</translation>
    </message>
  </context>
  <context>
    <name>label.Visibility</name>
    <message>
      <source>personal</source>
      <translation>persoonlijk</translation>
    </message>
    <message>
      <source>shared</source>
      <translation>gedeeld</translation>
    </message>
  </context>
</TS>
