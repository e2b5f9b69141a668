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
      <source>Add action</source>
      <translation>Actie toevoegen</translation>
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
      <source>New action…</source>
      <translation>Nieuwe actie…</translation>
    </message>
    <message>
      <source>No actions yet. Actions agreed in a meeting appear here; you can also add one yourself.</source>
      <translation>Nog geen acties. Acties die in een vergadering zijn afgesproken staan hier; u kunt er ook zelf een toevoegen.</translation>
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
      <source>%1 (confidential)</source>
      <translation>%1 (vertrouwelijk)</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n agendapunt</numerusform>
        <numerusform>%n agendapunten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minuut</numerusform>
        <numerusform>%n minuten</numerusform>
      </translation>
    </message>
    <message>
      <source>Add agenda item</source>
      <translation>Agendapunt toevoegen</translation>
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
      <source>New agenda item…</source>
      <translation>Nieuw agendapunt…</translation>
    </message>
    <message>
      <source>New item…</source>
      <translation>Nieuw agendapunt…</translation>
    </message>
    <message>
      <source>No agenda items yet. Add the first, for instance the opening.</source>
      <translation>Nog geen agendapunten. Voeg het eerste toe, bijvoorbeeld de opening.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Nr.</translation>
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
      <source>Add remark</source>
      <translation>Opmerking toevoegen</translation>
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
      <source>'%1' could not be written: %2</source>
      <translation>'%1' kon niet worden geschreven: %2</translation>
    </message>
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
      <source>No program on this computer opens '%1'. Save it and open it with a PDF viewer.</source>
      <translation>Geen programma op deze computer opent '%1'. Sla het bestand op en open het met een PDF-lezer.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Openen</translation>
    </message>
    <message>
      <source>Open attachment</source>
      <translation>Bijlage openen</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
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
      <source>Save as…</source>
      <translation>Opslaan als…</translation>
    </message>
    <message>
      <source>Save attachment</source>
      <translation>Bijlage opslaan</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Grootte</translation>
    </message>
  </context>
  <context>
    <name>AttendeeDialog</name>
    <message>
      <source>'%1' is not an e-mail address; write for example a.jansen@dordrecht.nl.</source>
      <translation>'%1' is geen e-mailadres; schrijf bijvoorbeeld a.jansen@dordrecht.nl.</translation>
    </message>
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
      <source>E-mail (for a new person)</source>
      <translation>E-mail (voor een nieuwe persoon)</translation>
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
    <message>
      <source>name@organisation.nl</source>
      <translation>naam@organisatie.nl</translation>
    </message>
  </context>
  <context>
    <name>AttendeesPanel</name>
    <message>
      <source>%1 present, %2 absent with apologies</source>
      <translation>%1 aanwezig, %2 afwezig met bericht</translation>
    </message>
    <message>
      <source>Add attendee</source>
      <translation>Aanwezige toevoegen</translation>
    </message>
    <message>
      <source>Add attendee…</source>
      <translation>Deelnemer toevoegen…</translation>
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
      <source>No attendees yet. Add who is invited, and later who came.</source>
      <translation>Nog geen deelnemers. Voeg toe wie is uitgenodigd, en later wie er was.</translation>
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
    <name>CalendarFiles</name>
    <message>
      <source>%1. Nothing is stored until you choose Import.</source>
      <translation>%1. Er wordt niets opgeslagen tot u voor Importeren kiest.</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
      <source>Calendar invitation</source>
      <translation>Agenda-uitnodiging</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Gewijzigd</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Toelichting</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importeren</translation>
    </message>
    <message>
      <source>Import calendar</source>
      <translation>Agenda importeren</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Locatie</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Vergadering</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nieuw</translation>
    </message>
    <message>
      <source>Recurring series are expanded from %1 to %2 (the programme has no period set).</source>
      <translation>Terugkerende reeksen zijn uitgerekend van %1 tot en met %2 (het programma heeft geen looptijd).</translation>
    </message>
    <message>
      <source>Recurring series are expanded from %1 to %2 (the programme's period).</source>
      <translation>Terugkerende reeksen zijn uitgerekend van %1 tot en met %2 (de looptijd van het programma).</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Overgeslagen</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tijd</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Ongewijzigd</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Wat</translation>
    </message>
    <message>
      <source>all day</source>
      <translation>hele dag</translation>
    </message>
    <message>
      <source>changes: %1</source>
      <translation>wijzigt: %1</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>%1 changed '%2' on %3, after it was shown here.</source>
      <translation>%1 heeft '%2' gewijzigd op %3, nadat het hier werd getoond.</translation>
    </message>
    <message numerus="yes">
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n regel</numerusform>
        <numerusform>%n regels</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Annuleren</translation>
    </message>
    <message>
      <source>&amp;Load their version</source>
      <translation>&amp;Hun versie laden</translation>
    </message>
    <message>
      <source>&amp;Save my change anyway</source>
      <translation>&amp;Mijn wijziging alsnog opslaan</translation>
    </message>
    <message>
      <source>Changed by someone else</source>
      <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Veld</translation>
    </message>
    <message>
      <source>Someone</source>
      <translation>Iemand</translation>
    </message>
    <message>
      <source>The record no longer exists: saving stores yours anew.</source>
      <translation>Het gegeven bestaat niet meer: opslaan legt uw versie opnieuw vast.</translation>
    </message>
    <message>
      <source>Their version</source>
      <translation>Hun versie</translation>
    </message>
    <message>
      <source>Their version: changed %1.</source>
      <translation>Hun versie: gewijzigd %1.</translation>
    </message>
    <message>
      <source>Their version: changed by %1, %2.</source>
      <translation>Hun versie: gewijzigd door %1, %2.</translation>
    </message>
    <message>
      <source>Their version: changed by %1.</source>
      <translation>Hun versie: gewijzigd door %1.</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>Uw versie</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
  </context>
  <context>
    <name>DashboardAttention</name>
    <message>
      <source>No meeting has been planned.</source>
      <translation>Er is geen vergadering gepland.</translation>
    </message>
    <message>
      <source>actions overdue</source>
      <translation>actiepunten over tijd</translation>
    </message>
    <message>
      <source>in %1 days</source>
      <translation>over %1 dagen</translation>
    </message>
    <message>
      <source>milestones overdue</source>
      <translation>mijlpalen over tijd</translation>
    </message>
    <message>
      <source>next meeting</source>
      <translation>volgende vergadering</translation>
    </message>
    <message>
      <source>open actions</source>
      <translation>open actiepunten</translation>
    </message>
    <message>
      <source>today</source>
      <translation>vandaag</translation>
    </message>
    <message>
      <source>tomorrow</source>
      <translation>morgen</translation>
    </message>
  </context>
  <context>
    <name>DashboardDeadlines</name>
    <message>
      <source>(no funder)</source>
      <translation>(geen financier)</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>Deadlines</translation>
    </message>
    <message>
      <source>No reports due.</source>
      <translation>Geen verantwoordingen te doen.</translation>
    </message>
    <message>
      <source>Reports to funders due in the next %1 days, and those overdue.</source>
      <translation>Verantwoordingen aan financiers die de komende %1 dagen vervallen, en die over tijd zijn.</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>over tijd</translation>
    </message>
    <message>
      <source>… and %1 more reports, %2 of them overdue</source>
      <translation>… en nog %1 verantwoordingen, waarvan %2 over tijd</translation>
    </message>
  </context>
  <context>
    <name>DashboardFunding</name>
    <message>
      <source>No funding has been recorded for any initiative yet.</source>
      <translation>Voor geen enkele inspanning zijn al middelen vastgelegd.</translation>
    </message>
    <message>
      <source>Per funder</source>
      <translation>Per financier</translation>
    </message>
    <message>
      <source>Per initiative</source>
      <translation>Per inspanning</translation>
    </message>
    <message>
      <source>amount not known yet</source>
      <translation>bedrag nog onbekend</translation>
    </message>
    <message>
      <source>decision pending</source>
      <translation>besluit volgt</translation>
    </message>
    <message>
      <source>granted</source>
      <translation>toegekend</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>niet vastgelegd</translation>
    </message>
    <message>
      <source>requested</source>
      <translation>aangevraagd</translation>
    </message>
  </context>
  <context>
    <name>DashboardIndicators</name>
    <message>
      <source>Dordrecht average (the target, unless set)</source>
      <translation>Dordts gemiddelde (het doel, tenzij anders ingesteld)</translation>
    </message>
    <message>
      <source>Netherlands</source>
      <translation>Nederland</translation>
    </message>
    <message>
      <source>No figures yet.
Add them under 'Manage indicators…'
or import a CSV file.</source>
      <translation>Nog geen cijfers.
Voeg ze toe via 'Indicatoren beheren…'
of importeer een CSV-bestand.</translation>
    </message>
    <message>
      <source>No indicators yet. Add them with 'Manage indicators…', or import a CSV file with the header indicator;jaar;dordt_west;dordrecht;nederland.</source>
      <translation>Nog geen indicatoren. Voeg ze toe met 'Indicatoren beheren…', of importeer een CSV-bestand met de kopregel indicator;jaar;dordt_west;dordrecht;nederland.</translation>
    </message>
    <message>
      <source>target</source>
      <translation>doel</translation>
    </message>
  </context>
  <context>
    <name>DashboardTimeline</name>
    <message>
      <source>%1, overdue</source>
      <translation>%1, over tijd</translation>
    </message>
    <message>
      <source>Click to choose one</source>
      <translation>Klik om er een te kiezen</translation>
    </message>
    <message>
      <source>Click to open</source>
      <translation>Klik om te openen</translation>
    </message>
    <message>
      <source>decided by %1</source>
      <translation>besluit door %1</translation>
    </message>
    <message>
      <source>today</source>
      <translation>vandaag</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>A diamond is a day, a bar a vaguer date (month, quarter, half year). Wheel: zoom; drag: pan; click a milestone to open it.</source>
      <translation>Een ruit is een dag, een balk een minder precieze datum (maand, kwartaal, halfjaar). Scrollwiel: zoomen; slepen: verschuiven; klik op een mijlpaal om hem te openen.</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>Edit milestone</source>
      <translation>Mijlpaal bewerken</translation>
    </message>
    <message>
      <source>Funding: requested and granted</source>
      <translation>Middelen: aangevraagd en toegekend</translation>
    </message>
    <message>
      <source>Import CSV…</source>
      <translation>CSV importeren…</translation>
    </message>
    <message>
      <source>Indicators: Dordt West and the Dordrecht average</source>
      <translation>Indicatoren: Dordt West en het Dordts gemiddelde</translation>
    </message>
    <message>
      <source>Manage indicators…</source>
      <translation>Indicatoren beheren…</translation>
    </message>
    <message>
      <source>Milestones</source>
      <translation>Mijlpalen</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>vervallen</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>over tijd</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>gepland</translation>
    </message>
    <message>
      <source>reached</source>
      <translation>behaald</translation>
    </message>
    <message>
      <source>report to a funder</source>
      <translation>verantwoording aan financier</translation>
    </message>
    <message>
      <source>running time</source>
      <translation>looptijd</translation>
    </message>
    <message>
      <source>today</source>
      <translation>vandaag</translation>
    </message>
    <message>
      <source>… and %1 more (Milestones view)</source>
      <translation>… en nog %1 (overzicht Mijlpalen)</translation>
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
    <name>EditDialog</name>
    <message>
      <source>&amp;Details</source>
      <translation>&amp;Gegevens</translation>
    </message>
    <message>
      <source>&amp;History</source>
      <translation>Gesc&amp;hiedenis</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>'%1' already exists. Replace it?</source>
      <translation>'%1' bestaat al. Vervangen?</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Boxes under each agenda item and proposed decision, and one for the name, that attendees fill in with any PDF reader; import them with 'Import remarks…'.</source>
      <translation>Vakken onder elk agendapunt en beslispunt, en één voor de naam, die deelnemers invullen in elke PDF-lezer; lees ze in met 'Opmerkingen importeren…'.</translation>
    </message>
    <message>
      <source>Briefing pack</source>
      <translation>Vergaderstukken</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Bladeren…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Choose a file in an existing folder.</source>
      <translation>Kies een bestand in een bestaande map.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Decision list</source>
      <translation>Besluitenlijst</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Draft (CONCEPT watermark)</source>
      <translation>Concept (watermerk CONCEPT)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporteren</translation>
    </message>
    <message>
      <source>Export PDF</source>
      <translation>PDF exporteren</translation>
    </message>
    <message>
      <source>Export dashboard</source>
      <translation>Dashboard exporteren</translation>
    </message>
    <message>
      <source>Export ready</source>
      <translation>Export gereed</translation>
    </message>
    <message>
      <source>Exporting %1…</source>
      <translation>%1 wordt geëxporteerd…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <source>Open file</source>
      <translation>Bestand openen</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Map openen</translation>
    </message>
    <message>
      <source>Public version for the council (without confidential items)</source>
      <translation>Openbare versie voor de raad (zonder vertrouwelijke punten)</translation>
    </message>
    <message>
      <source>The export failed: %1</source>
      <translation>De export is mislukt: %1</translation>
    </message>
    <message>
      <source>The import failed: %1</source>
      <translation>De import is mislukt: %1</translation>
    </message>
    <message>
      <source>With fields for remarks</source>
      <translation>Met invulvelden voor opmerkingen</translation>
    </message>
    <message>
      <source>Written: %1</source>
      <translation>Geschreven: %1</translation>
    </message>
  </context>
  <context>
    <name>Form</name>
    <message>
      <source>'%1' has digits in it; a name has none. Type only the name.</source>
      <translation>'%1' bevat cijfers; een naam heeft die niet. Typ alleen de naam.</translation>
    </message>
    <message>
      <source>(nobody)</source>
      <translation>(niemand)</translation>
    </message>
    <message>
      <source>New person…</source>
      <translation>Nieuwe persoon…</translation>
    </message>
    <message>
      <source>Type the name of the new person.</source>
      <translation>Typ de naam van de nieuwe persoon.</translation>
    </message>
    <message>
      <source>e.g. 14 november 2023, Q1 2024, eind 2023</source>
      <translation>bv. 14 november 2023, Q1 2024, eind 2023</translation>
    </message>
    <message>
      <source>e.g. 4.300.000 or 4,3 miljoen</source>
      <translation>bv. 4.300.000 of 4,3 miljoen</translation>
    </message>
    <message>
      <source>name of the new person</source>
      <translation>naam van de nieuwe persoon</translation>
    </message>
  </context>
  <context>
    <name>FundingDialog</name>
    <message>
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <source>(template)</source>
      <translation>(sjabloon)</translation>
    </message>
    <message>
      <source>A template: check it against the grant's own regulation.</source>
      <translation>Een sjabloon: controleer het tegen de regeling van de uitkering.</translation>
    </message>
    <message>
      <source>Accountability regime</source>
      <translation>Verantwoordingsregime</translation>
    </message>
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
    <message>
      <source>The reports the funder asks for; assigning one adds them as milestones and keeps them in step with the period.</source>
      <translation>De verantwoordingen die de financier vraagt; een regime kiezen zet ze als mijlpalen klaar en houdt ze gelijk met de periode.</translation>
    </message>
    <message>
      <source>This regime adds no milestones.</source>
      <translation>Dit regime voegt geen mijlpalen toe.</translation>
    </message>
    <message numerus="yes">
      <source>and %n more</source>
      <translation>
        <numerusform>en nog %n</numerusform>
        <numerusform>en nog %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GeneralRemarksPanel</name>
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
      <source>Only the author can delete this remark.</source>
      <translation>Alleen de auteur kan deze opmerking verwijderen.</translation>
    </message>
    <message>
      <source>Remark</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <source>Remarks on the meeting as a whole: notes that attendees put on pages of the briefing pack that belong to no agenda item. The next briefing pack shows the shared ones.</source>
      <translation>Opmerkingen over de vergadering als geheel: notities die deelnemers zetten op pagina's van de vergaderstukken die bij geen agendapunt horen. De volgende vergaderstukken tonen de gedeelde opmerkingen.</translation>
    </message>
    <message>
      <source>There are no general remarks.</source>
      <translation>Er zijn geen algemene opmerkingen.</translation>
    </message>
    <message>
      <source>Visibility</source>
      <translation>Zichtbaarheid</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wanneer</translation>
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
      <source>Add goal</source>
      <translation>Doel toevoegen</translation>
    </message>
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
      <source>New goal…</source>
      <translation>Nieuw doel…</translation>
    </message>
    <message>
      <source>No goals recorded yet. A goal says what the programme wants to reach; initiatives and agenda items refer to it.</source>
      <translation>Nog geen doelen vastgelegd. Een doel zegt wat het programma wil bereiken; inspanningen en agendapunten verwijzen ernaar.</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pijler</translation>
    </message>
  </context>
  <context>
    <name>HistoryTable</name>
    <message>
      <source>After</source>
      <translation>Nieuw</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Agendapunt</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Oud</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Initiative</source>
      <translation>Inspanning</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Vergadering</translation>
    </message>
    <message>
      <source>No changes recorded yet.</source>
      <translation>Nog geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Part of</source>
      <translation>Onderdeel van</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Persoon</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pijler</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Volgorde</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Wat</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Wie</translation>
    </message>
    <message>
      <source>created</source>
      <translation>aangemaakt</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>verwijderd</translation>
    </message>
  </context>
  <context>
    <name>ImportRemarks</name>
    <message>
      <source>Import remarks</source>
      <translation>Opmerkingen importeren</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
      <source>The import failed: %1</source>
      <translation>Het importeren is mislukt: %1</translation>
    </message>
    <message>
      <source>Who wrote the remarks in '%1'? The file does not say.</source>
      <translation>Wie schreef de opmerkingen in '%1'? Het bestand zegt het niet.</translation>
    </message>
  </context>
  <context>
    <name>IndicatorDialog</name>
    <message>
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Richting</translation>
    </message>
    <message>
      <source>Edit indicator</source>
      <translation>Indicator bewerken</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Cijfers</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>New indicator</source>
      <translation>Nieuwe indicator</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pijler</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Eenheid</translation>
    </message>
    <message>
      <source>e.g. score, %, per 1.000 inhabitants</source>
      <translation>bijv. score, %, per 1.000 inwoners</translation>
    </message>
    <message>
      <source>empty: the Dordrecht average is the target</source>
      <translation>leeg: het Dordts gemiddelde is het doel</translation>
    </message>
  </context>
  <context>
    <name>IndicatorsView</name>
    <message>
      <source>Add indicator</source>
      <translation>Indicator toevoegen</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Oordeel</translation>
    </message>
    <message>
      <source>Delete indicator</source>
      <translation>Indicator verwijderen</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Richting</translation>
    </message>
    <message>
      <source>Dordrecht</source>
      <translation>Dordrecht (gem.)</translation>
    </message>
    <message>
      <source>Edit indicator</source>
      <translation>Indicator bewerken</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Verschil</translation>
    </message>
    <message>
      <source>Import CSV…</source>
      <translation>CSV importeren…</translation>
    </message>
    <message>
      <source>Import indicators</source>
      <translation>Indicatoren importeren</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Indicator file (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;CSV file (*.csv *.txt)</source>
      <translation>Indicatorbestand (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;CSV-bestand (*.csv *.txt)</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indicatoren</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pijler</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <source>Trend</source>
      <translation>Trend</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Eenheid</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Jaar</translation>
    </message>
    <message>
      <source>direction unknown — set it</source>
      <translation>richting onbekend — stel in</translation>
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
      <source>Regime</source>
      <translation>Regime</translation>
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
      <source>Add initiative</source>
      <translation>Inspanning toevoegen</translation>
    </message>
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
      <source>New initiative…</source>
      <translation>Nieuwe inspanning…</translation>
    </message>
    <message>
      <source>No initiatives recorded yet. An initiative carries the programme's work, with its funding and milestones.</source>
      <translation>Nog geen inspanningen vastgelegd. Een inspanning draagt het werk van het programma, met de financiering en mijlpalen.</translation>
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
    <message numerus="yes">
      <source>…and %1 more on the Actions tab.</source>
      <translation>
        <numerusform>…en nog %1 op het tabblad Acties.</numerusform>
        <numerusform>…en nog %1 op het tabblad Acties.</numerusform>
      </translation>
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
    <message numerus="yes">
      <source>%n record(s) merged</source>
      <translation>
        <numerusform>%n record samengevoegd</numerusform>
        <numerusform>%n records samengevoegd</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) written</source>
      <translation>
        <numerusform>%n record weggeschreven</numerusform>
        <numerusform>%n records weggeschreven</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>&amp;Over deze app</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Be&amp;werken</translation>
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
      <source>&amp;Meeting</source>
      <translation>&amp;Vergadering</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;Nieuw…</translation>
    </message>
    <message>
      <source>&amp;Open local file…</source>
      <translation>&amp;Lokaal bestand openen…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Bewerken…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Opnieu&amp;w</translation>
    </message>
    <message>
      <source>&amp;Restore a backup…</source>
      <translation>Back-up &amp;terugzetten…</translation>
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
      <source>&amp;View</source>
      <translation>Beel&amp;d</translation>
    </message>
    <message>
      <source>About</source>
      <translation>Over deze app</translation>
    </message>
    <message>
      <source>Accountability re&amp;gimes…</source>
      <translation>Verantwoordingsre&amp;gimes…</translation>
    </message>
    <message>
      <source>Backup written to %1</source>
      <translation>Back-up geschreven naar %1</translation>
    </message>
    <message>
      <source>Connect to &amp;server…</source>
      <translation>Verbinden met &amp;server…</translation>
    </message>
    <message>
      <source>Connection to the server restored</source>
      <translation>Verbinding met de server hersteld</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Dashboard</translation>
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
      <source>Dordt West Alliantie (read-only)</source>
      <translation>Dordt West Alliantie (alleen-lezen)</translation>
    </message>
    <message>
      <source>Exchange file (*.json)</source>
      <translation>Uitwisselbestand (*.json)</translation>
    </message>
    <message>
      <source>Export &amp;dashboard (PDF)…</source>
      <translation>&amp;Dashboard exporteren (PDF)…</translation>
    </message>
    <message>
      <source>Export &amp;list to Excel…</source>
      <translation>Li&amp;jst exporteren naar Excel…</translation>
    </message>
    <message>
      <source>Export &amp;workbook (Excel)…</source>
      <translation>&amp;Werkmap exporteren (Excel)…</translation>
    </message>
    <message>
      <source>Export all data</source>
      <translation>Alle gegevens exporteren</translation>
    </message>
    <message>
      <source>Export partner o&amp;verview (PDF)…</source>
      <translation>&amp;Partneroverzicht exporteren (PDF)…</translation>
    </message>
    <message>
      <source>Export progress re&amp;port (PDF)…</source>
      <translation>&amp;Voortgangsrapportage exporteren (PDF)…</translation>
    </message>
    <message>
      <source>Exporting %1…</source>
      <translation>%1 exporteren…</translation>
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
      <source>Import i&amp;ndicators (CSV, Excel)…</source>
      <translation>I&amp;ndicatoren importeren (CSV, Excel)…</translation>
    </message>
    <message>
      <source>Import stopped: nothing was changed.</source>
      <translation>Import gestopt: er is niets gewijzigd.</translation>
    </message>
    <message>
      <source>Importing %1…</source>
      <translation>%1 importeren…</translation>
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
      <source>No connection to the server: trying again. What you type is kept; save again once the connection is back.</source>
      <translation>Geen verbinding met de server: de app probeert het opnieuw. Wat u typt blijft bewaard; sla het opnieuw op zodra de verbinding terug is.</translation>
    </message>
    <message>
      <source>Open a list first (Goals, Milestones…).</source>
      <translation>Open eerst een lijst (Doelen, Mijlpalen…).</translation>
    </message>
    <message>
      <source>Open a meeting under Meetings first</source>
      <translation>Open eerst een vergadering onder Vergaderingen</translation>
    </message>
    <message>
      <source>Open local file</source>
      <translation>Lokaal bestand openen</translation>
    </message>
    <message>
      <source>PostgreSQL archive (*.dump)</source>
      <translation>PostgreSQL-archief (*.dump)</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programma</translation>
    </message>
    <message>
      <source>Read-only: this database is open in another window of the app. You can read and export here; changes are made in the other window.</source>
      <translation>Alleen-lezen: deze database is geopend in een ander venster van de app. Hier kunt u lezen en exporteren; wijzigen doet u in het andere venster.</translation>
    </message>
    <message>
      <source>The daily backup failed: %1</source>
      <translation>De dagelijkse back-up is mislukt: %1</translation>
    </message>
    <message>
      <source>Updated by %1, %2</source>
      <translation>Bijgewerkt door %1, %2</translation>
    </message>
    <message>
      <source>Updated elsewhere, %1</source>
      <translation>Elders bijgewerkt, %1</translation>
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
      <source>No actions from this meeting yet.</source>
      <translation>Nog geen acties uit deze vergadering.</translation>
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
    <message>
      <source>More than %1 match: type to narrow the list.</source>
      <translation>Meer dan %1 treffers: typ verder om de lijst te verkleinen.</translation>
    </message>
    <message>
      <source>Search…</source>
      <translation>Zoeken…</translation>
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
      <source>Add or update meetings from an Outlook or Google calendar file</source>
      <translation>Vergaderingen toevoegen of bijwerken uit een agendabestand van Outlook of Google</translation>
    </message>
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
      <source>Import calendar (.ics)…</source>
      <translation>Agenda importeren (.ics)…</translation>
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
      <source>New meeting…</source>
      <translation>Nieuwe vergadering…</translation>
    </message>
    <message>
      <source>No meetings yet. Plan the first one; its agenda can start from the standard agenda.</source>
      <translation>Nog geen vergaderingen. Plan de eerste; de agenda kan beginnen met de standaardagenda.</translation>
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
      <source>&amp;Back to all meetings</source>
      <translation>&amp;Terug naar alle vergaderingen</translation>
    </message>
    <message>
      <source>&amp;Edit agenda item…</source>
      <translation>Agendapunt b&amp;ewerken…</translation>
    </message>
    <message>
      <source>Actions (%1)</source>
      <translation>Acties (%1)</translation>
    </message>
    <message>
      <source>Add a&amp;ttendee…</source>
      <translation>Aan&amp;wezige toevoegen…</translation>
    </message>
    <message>
      <source>Add attachment (PD&amp;F)…</source>
      <translation>Bijlage toevoegen (PD&amp;F)…</translation>
    </message>
    <message>
      <source>Add rem&amp;ark…</source>
      <translation>Op&amp;merking toevoegen…</translation>
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
      <source>Calendar i&amp;nvitation (.ics)…</source>
      <translation>Agenda-&amp;uitnodiging (.ics)…</translation>
    </message>
    <message>
      <source>Calendar invitation (.ics)…</source>
      <translation>Agenda-uitnodiging (.ics)…</translation>
    </message>
    <message>
      <source>Delete agenda ite&amp;m…</source>
      <translation>Agendapunt verw&amp;ijderen…</translation>
    </message>
    <message>
      <source>Edit meeting</source>
      <translation>Vergadering bewerken</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporteren</translation>
    </message>
    <message>
      <source>Export a&amp;genda…</source>
      <translation>A&amp;genda exporteren…</translation>
    </message>
    <message>
      <source>Export agenda…</source>
      <translation>Agenda exporteren…</translation>
    </message>
    <message>
      <source>Export briefing &amp;pack…</source>
      <translation>Vergader&amp;stukken exporteren…</translation>
    </message>
    <message>
      <source>Export briefing pack…</source>
      <translation>Vergaderstukken exporteren…</translation>
    </message>
    <message>
      <source>Export decision &amp;list…</source>
      <translation>&amp;Besluitenlijst exporteren…</translation>
    </message>
    <message>
      <source>Export decision list…</source>
      <translation>Besluitenlijst exporteren…</translation>
    </message>
    <message>
      <source>Export the agenda, the briefing pack, the decision list or a calendar invitation</source>
      <translation>De agenda, de vergaderstukken, de besluitenlijst of een agenda-uitnodiging exporteren</translation>
    </message>
    <message>
      <source>General remarks (%1)</source>
      <translation>Algemene opmerkingen (%1)</translation>
    </message>
    <message>
      <source>Import &amp;remarks…</source>
      <translation>&amp;Opmerkingen importeren…</translation>
    </message>
    <message>
      <source>Import remarks…</source>
      <translation>Opmerkingen importeren…</translation>
    </message>
    <message>
      <source>Mark action d&amp;one</source>
      <translation>Actie gereed mel&amp;den</translation>
    </message>
    <message>
      <source>Meeting &amp;details…</source>
      <translation>&amp;Vergadergegevens…</translation>
    </message>
    <message>
      <source>Meeting details…</source>
      <translation>Vergadergegevens…</translation>
    </message>
    <message>
      <source>Move item &amp;up</source>
      <translation>Agendapunt om&amp;hoog</translation>
    </message>
    <message>
      <source>Move item do&amp;wn</source>
      <translation>Agendapunt om&amp;laag</translation>
    </message>
    <message>
      <source>New a&amp;ction…</source>
      <translation>Nieuwe a&amp;ctie…</translation>
    </message>
    <message>
      <source>New agenda &amp;item…</source>
      <translation>Nieuw &amp;agendapunt…</translation>
    </message>
    <message>
      <source>Read the remarks from briefing packs that attendees filled in or commented</source>
      <translation>Lees de opmerkingen in uit vergaderstukken die deelnemers invulden of van commentaar voorzagen</translation>
    </message>
    <message>
      <source>Record deci&amp;sion…</source>
      <translation>Besluit vastlegge&amp;n…</translation>
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
      <source>A report for the funder, generated by the accountability regime of its funding line; it follows the regime until you change it.</source>
      <translation>Een verantwoording aan de financier, klaargezet door het verantwoordingsregime van de middelen; volgt het regime tot u hem wijzigt.</translation>
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
      <source>Regime</source>
      <translation>Regime</translation>
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
      <source>'%1' is a report its funding line's accountability regime requires. Deleted, it comes back the next time the regime is applied. Set it to 'cancelled' instead? It then stays, and the regime leaves it alone.</source>
      <translation>'%1' is een verantwoording die het verantwoordingsregime van de financieringsregel vraagt. Verwijderd komt ze terug zodra het regime opnieuw wordt toegepast. In plaats daarvan op 'vervallen' zetten? Dan blijft ze staan en laat het regime haar met rust.</translation>
    </message>
    <message>
      <source>Add milestone</source>
      <translation>Mijlpaal toevoegen</translation>
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
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Delete anyway</source>
      <translation>Toch verwijderen</translation>
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
      <source>New milestone…</source>
      <translation>Nieuwe mijlpaal…</translation>
    </message>
    <message>
      <source>No milestones recorded yet. Milestones put decisions and deliveries on the dashboard's timeline.</source>
      <translation>Nog geen mijlpalen vastgelegd. Mijlpalen zetten besluiten en opleveringen op de tijdlijn van het dashboard.</translation>
    </message>
    <message>
      <source>Regime</source>
      <translation>Regime</translation>
    </message>
    <message>
      <source>Set to cancelled</source>
      <translation>Op vervallen zetten</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>deviates from the regime</source>
      <translation>wijkt af van het regime</translation>
    </message>
    <message>
      <source>follows the regime</source>
      <translation>volgt het regime</translation>
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
    <name>OriExport</name>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Export ready</source>
      <translation>Export gereed</translation>
    </message>
    <message>
      <source>Folder for the council information system</source>
      <translation>Map voor het raadsinformatiesysteem</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Map openen</translation>
    </message>
    <message>
      <source>Publish (ORI)…</source>
      <translation>Publiceren (ORI)…</translation>
    </message>
    <message>
      <source>Publish for the council information system</source>
      <translation>Publiceren voor het raadsinformatiesysteem</translation>
    </message>
    <message>
      <source>Publish for the council information system (&amp;ORI)…</source>
      <translation>&amp;Publiceren voor raadsinformatiesysteem (ORI)…</translation>
    </message>
    <message>
      <source>Publishing in %1…</source>
      <translation>Publiceren in %1…</translation>
    </message>
    <message>
      <source>The folder '%1' already holds other files. Make a new folder '%2' in it for the export?</source>
      <translation>De map '%1' bevat al andere bestanden. Een nieuwe map '%2' daarin maken voor de export?</translation>
    </message>
    <message>
      <source>The folder '%1' holds an earlier export for the council information system. Replace it with this meeting's?</source>
      <translation>De map '%1' bevat een eerdere export voor het raadsinformatiesysteem. Vervangen door die van deze vergadering?</translation>
    </message>
    <message>
      <source>Write the public part of the meeting (agenda, decisions, attendees, public briefing pack and attachments) into a folder, as ODS Open Raadsinformatie</source>
      <translation>Schrijft het openbare deel van de vergadering (agenda, besluiten, aanwezigen, openbare vergaderstukken en bijlagen) in een map, als ODS Open Raadsinformatie</translation>
    </message>
    <message>
      <source>Written for the council information system: %1</source>
      <translation>Geschreven voor het raadsinformatiesysteem: %1</translation>
    </message>
  </context>
  <context>
    <name>PartnerDialog</name>
    <message>
      <source>Export</source>
      <translation>Exporteren</translation>
    </message>
    <message>
      <source>Export partner overview</source>
      <translation>Partneroverzicht exporteren</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <source>Include confidential items (marked on every page)</source>
      <translation>Vertrouwelijke punten opnemen (gemarkeerd op elke pagina)</translation>
    </message>
    <message>
      <source>No organisations are known: give people an organisation first.</source>
      <translation>Er zijn geen organisaties bekend: geef personen eerst een organisatie.</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
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
      <source>Add details…</source>
      <translation>Gegevens toevoegen…</translation>
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
      <source>Nothing recorded yet.</source>
      <translation>Nog niets vastgelegd.</translation>
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
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Bestands&amp;type:</translation>
    </message>
  </context>
  <context>
    <name>RecordListView</name>
    <message>
      <source>%1 of %2 shown</source>
      <translation>%1 van %2 getoond</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n rij</numerusform>
        <numerusform>%n rijen</numerusform>
      </translation>
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
      <source>Export to Excel…</source>
      <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Nieuw…</translation>
    </message>
    <message>
      <source>Nothing recorded yet.</source>
      <translation>Nog niets vastgelegd.</translation>
    </message>
    <message>
      <source>Search…</source>
      <translation>Zoeken…</translation>
    </message>
  </context>
  <context>
    <name>RegimesDialog</name>
    <message>
      <source>%1 (copy)</source>
      <translation>%1 (kopie)</translation>
    </message>
    <message>
      <source>'%1' is not a number of months; write for example 6.</source>
      <translation>'%1' is geen aantal maanden; schrijf bijvoorbeeld 6.</translation>
    </message>
    <message>
      <source>(template)</source>
      <translation>(sjabloon)</translation>
    </message>
    <message>
      <source>A regime says which reports a grant asks for, and when. Assign one to a funding line (Initiatives → Funding) and its reports appear as milestones.</source>
      <translation>Een regime zegt welke verantwoordingen een uitkering vraagt, en wanneer. Ken er een toe aan middelen (Inspanningen → Middelen) en de verantwoordingen verschijnen als mijlpalen.</translation>
    </message>
    <message>
      <source>A template: to be checked against the grant's own regulation</source>
      <translation>Een sjabloon: te controleren tegen de regeling van de uitkering</translation>
    </message>
    <message>
      <source>Accountability regimes</source>
      <translation>Verantwoordingsregimes</translation>
    </message>
    <message>
      <source>Add moment</source>
      <translation>Moment toevoegen</translation>
    </message>
    <message>
      <source>Add regime</source>
      <translation>Regime toevoegen</translation>
    </message>
    <message numerus="yes">
      <source>Assigned to %n funding line(s).</source>
      <translation>
        <numerusform>Toegekend aan %n financieringsregel.</numerusform>
        <numerusform>Toegekend aan %n financieringsregels.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Assigned to %n funding line(s); saving regenerates their milestones.</source>
      <translation>
        <numerusform>Toegekend aan %n financieringsregel; opslaan zet de mijlpalen opnieuw klaar.</numerusform>
        <numerusform>Toegekend aan %n financieringsregels; opslaan zet hun mijlpalen opnieuw klaar.</numerusform>
      </translation>
    </message>
    <message>
      <source>Day or date</source>
      <translation>Dag of datum</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Delete regime</source>
      <translation>Regime verwijderen</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Kopiëren</translation>
    </message>
    <message>
      <source>Edit regime</source>
      <translation>Regime bewerken</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bewerken…</translation>
    </message>
    <message>
      <source>Moment %1: </source>
      <translation>Moment %1: </translation>
    </message>
    <message>
      <source>Months</source>
      <translation>Maanden</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>New regime</source>
      <translation>Nieuw regime</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Nieuw…</translation>
    </message>
    <message>
      <source>Remove moment</source>
      <translation>Moment verwijderen</translation>
    </message>
    <message>
      <source>Report moments</source>
      <translation>Verantwoordingsmomenten</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Sjabloon</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <source>{jaar} in a title becomes the year a yearly report is about, {nummer} the count of a recurring one. Day or date: '15 juli' for a yearly report, a date such as '1 maart 2025' for one entered by hand.</source>
      <translation>{jaar} in een titel wordt het jaar waarover een jaarlijkse verantwoording gaat, {nummer} het volgnummer van een terugkerende. Dag of datum: '15 juli' voor een jaarlijkse verantwoording, een datum zoals '1 maart 2025' voor een zelf ingevulde.</translation>
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
    <name>ReportDialog</name>
    <message>
      <source>A year (2024), a half year (H1 2024) or a quarter (Q3 2024)</source>
      <translation>Een jaar (2024), een halfjaar (H1 2024) of een kwartaal (Q3 2024)</translation>
    </message>
    <message>
      <source>Draft (CONCEPT watermark)</source>
      <translation>Concept (watermerk CONCEPT)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporteren</translation>
    </message>
    <message>
      <source>Export progress report</source>
      <translation>Voortgangsrapportage exporteren</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Periode</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Backup written to %1</source>
      <translation>Back-up geschreven naar %1</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Made on</source>
      <translation>Gemaakt op</translation>
    </message>
    <message>
      <source>Make backup now</source>
      <translation>Nu een back-up maken</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Back-up terugzetten</translation>
    </message>
    <message>
      <source>Restore the backup of %1? Changes made since then are replaced; the current state is kept as a backup.</source>
      <translation>De back-up van %1 terugzetten? Wijzigingen sinds dat moment worden vervangen; de huidige stand wordt als back-up bewaard.</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Terugzetten…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Grootte</translation>
    </message>
    <message>
      <source>The current state is kept as a backup before anything is restored.</source>
      <translation>De huidige stand wordt eerst als back-up bewaard voordat er iets wordt teruggezet.</translation>
    </message>
    <message>
      <source>There are no backups yet.</source>
      <translation>Er zijn nog geen back-ups.</translation>
    </message>
    <message>
      <source>before a restore</source>
      <translation>vóór het terugzetten</translation>
    </message>
    <message>
      <source>before an upgrade</source>
      <translation>vóór een upgrade</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>dagelijks</translation>
    </message>
    <message>
      <source>made by hand</source>
      <translation>handmatig gemaakt</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message numerus="yes">
      <source>%n result(s)</source>
      <translation>
        <numerusform>%n resultaat</numerusform>
        <numerusform>%n resultaten</numerusform>
      </translation>
    </message>
    <message>
      <source>(only the newest of each kind; type more words to narrow down)</source>
      <translation>(alleen de nieuwste van elke soort; typ meer woorden om te verfijnen)</translation>
    </message>
    <message>
      <source>Nothing found for '%1'.</source>
      <translation>Niets gevonden voor '%1'.</translation>
    </message>
    <message>
      <source>Search everything</source>
      <translation>Alles doorzoeken</translation>
    </message>
    <message>
      <source>Search everything (Ctrl+K)</source>
      <translation>Zoeken (Ctrl+K)</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Zoekresultaten</translation>
    </message>
  </context>
  <context>
    <name>ServerDialog</name>
    <message>
      <source>&amp;Database</source>
      <translation>&amp;Database</translation>
    </message>
    <message>
      <source>&amp;Port</source>
      <translation>&amp;Poort</translation>
    </message>
    <message>
      <source>&amp;Server</source>
      <translation>&amp;Server</translation>
    </message>
    <message>
      <source>&amp;User</source>
      <translation>&amp;Gebruiker</translation>
    </message>
    <message>
      <source>Connect to server</source>
      <translation>Verbinden met server</translation>
    </message>
    <message>
      <source>Fill in the database's name.</source>
      <translation>Vul de naam van de database in.</translation>
    </message>
    <message>
      <source>Fill in the server's name or address.</source>
      <translation>Vul de naam of het adres van de server in.</translation>
    </message>
    <message>
      <source>Fill in your user name on the server.</source>
      <translation>Vul uw gebruikersnaam op de server in.</translation>
    </message>
    <message>
      <source>Pass&amp;word</source>
      <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
      <source>The password is used for this session only and never stored. To connect without typing it, put it in your .pgpass file (see the README).</source>
      <translation>Het wachtwoord geldt alleen voor deze sessie en wordt nooit opgeslagen. Wilt u verbinden zonder het te typen, zet het dan in uw .pgpass-bestand (zie de README).</translation>
    </message>
    <message>
      <source>e.g. db.gemeente.local</source>
      <translation>bijv. db.gemeente.local</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>In use now: %1.</source>
      <translation>Nu in gebruik: %1.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>The chosen language applies from the next start.</source>
      <translation>De gekozen taal geldt vanaf de volgende start.</translation>
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
    <name>Startup</name>
    <message>
      <source>Choose a backup</source>
      <translation>Kies een back-up</translation>
    </message>
    <message>
      <source>Database (*.sqlite)</source>
      <translation>Database (*.sqlite)</translation>
    </message>
    <message>
      <source>Database already open</source>
      <translation>Database is al geopend</translation>
    </message>
    <message>
      <source>Database busy</source>
      <translation>Database bezig</translation>
    </message>
    <message>
      <source>Database cannot be opened</source>
      <translation>Database kan niet worden geopend</translation>
    </message>
    <message>
      <source>Nothing was changed. What do you want to do?</source>
      <translation>Er is niets veranderd. Wat wilt u doen?</translation>
    </message>
    <message>
      <source>Open another file…</source>
      <translation>Een ander bestand openen…</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>Database openen</translation>
    </message>
    <message>
      <source>Open read-only</source>
      <translation>Alleen-lezen openen</translation>
    </message>
    <message>
      <source>Open the local file</source>
      <translation>Lokaal bestand openen</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Afsluiten</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Back-up terugzetten</translation>
    </message>
    <message>
      <source>Restore a backup…</source>
      <translation>Een back-up terugzetten…</translation>
    </message>
    <message>
      <source>Server cannot be reached</source>
      <translation>Server niet bereikbaar</translation>
    </message>
    <message>
      <source>The backup was restored. The unusable file was kept as %1.</source>
      <translation>De back-up is teruggezet. Het onbruikbare bestand is bewaard als %1.</translation>
    </message>
    <message>
      <source>The database %1 is already open in another window of the app. Two windows that both change one file could overwrite each other's changes.</source>
      <translation>De database %1 is al geopend in een ander venster van de app. Twee vensters die hetzelfde bestand wijzigen, kunnen elkaars wijzigingen overschrijven.</translation>
    </message>
    <message>
      <source>The file has not been changed. What do you want to do?</source>
      <translation>Het bestand is niet gewijzigd. Wat wilt u doen?</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Opnieuw proberen</translation>
    </message>
    <message>
      <source>You can open it read-only here, or work on in the other window.</source>
      <translation>U kunt hem hier alleen-lezen openen, of in het andere venster verder werken.</translation>
    </message>
  </context>
  <context>
    <name>UserNameDialog</name>
    <message>
      <source>&amp;Your name</source>
      <translation>&amp;Uw naam</translation>
    </message>
    <message>
      <source>The app writes your name with your remarks and in the history of changes, so that others know who wrote what. You can change it later under Edit → Settings.</source>
      <translation>De app zet uw naam bij uw opmerkingen en in de geschiedenis van wijzigingen, zodat anderen weten wie wat schreef. U kunt hem later wijzigen onder Bewerken → Instellingen.</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Uw naam</translation>
    </message>
  </context>
  <context>
    <name>ValuesTable</name>
    <message>
      <source>'%1' is not a year.</source>
      <translation>'%1' is geen jaar.</translation>
    </message>
    <message>
      <source>Add year</source>
      <translation>Jaar toevoegen</translation>
    </message>
    <message>
      <source>Dordrecht average</source>
      <translation>Dordts gemiddelde</translation>
    </message>
    <message>
      <source>Dordt West and the Dordrecht average are both needed.</source>
      <translation>Dordt West en het Dordts gemiddelde zijn allebei nodig.</translation>
    </message>
    <message>
      <source>Netherlands</source>
      <translation>Nederland</translation>
    </message>
    <message>
      <source>Remove year</source>
      <translation>Jaar verwijderen</translation>
    </message>
    <message>
      <source>Row %1: %2</source>
      <translation>Rij %1: %2</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Jaar</translation>
    </message>
  </context>
  <context>
    <name>WorkbookExport</name>
    <message>
      <source>Actions, milestones, funding, decisions, attendance and indicators in one workbook. Which version?</source>
      <translation>Actiepunten, mijlpalen, middelen, besluiten, aanwezigheid en indicatoren in één werkmap. Welke versie?</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>Volledig</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
      <source>Export to Excel</source>
      <translation>Exporteren naar Excel</translation>
    </message>
    <message>
      <source>Export workbook (Excel)</source>
      <translation>Werkmap exporteren (Excel)</translation>
    </message>
    <message>
      <source>Exporting %1…</source>
      <translation>%1 wordt geëxporteerd…</translation>
    </message>
    <message>
      <source>Public (without confidential items)</source>
      <translation>Openbaar (zonder vertrouwelijke punten)</translation>
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
    <name>argparse</name>
    <message>
      <source> (default: %(default)s)</source>
      <translation> (standaard: %(default)s)</translation>
    </message>
    <message>
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
      <source>%(prog)s: warning: %(message)s
</source>
      <translation>%(prog)s: waarschuwing: %(message)s
</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <source>argument '%(argument_name)s' is deprecated</source>
      <translation>argument '%(argument_name)s' is verouderd</translation>
    </message>
    <message>
      <source>can't open '%(filename)s': %(error)s</source>
      <translation>kan '%(filename)s' niet openen: %(error)s</translation>
    </message>
    <message>
      <source>command '%(parser_name)s' is deprecated</source>
      <translation>opdracht '%(parser_name)s' is verouderd</translation>
    </message>
    <message>
      <source>expected %s argument</source>
      <translation>verwacht %s waarde</translation>
    </message>
    <message>
      <source>expected %s arguments</source>
      <translation>verwacht %s waarden</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>verwacht minstens één waarde</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>verwacht hoogstens één waarde</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>verwacht één waarde</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>waarde %r genegeerd</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>ongeldige waarde voor %(type)s: %(value)r</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>niet samen met argument %s</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>geef een van de argumenten %s</translation>
    </message>
    <message>
      <source>option '%(option)s' is deprecated</source>
      <translation>optie '%(option)s' is verouderd</translation>
    </message>
    <message>
      <source>options</source>
      <translation>opties</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>positionele argumenten</translation>
    </message>
    <message>
      <source>show program's version number and exit</source>
      <translation>het versienummer tonen en stoppen</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
      <source>subcommands</source>
      <translation>opdrachten</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>deze argumenten ontbreken: %s</translation>
    </message>
    <message>
      <source>unexpected option string: %s</source>
      <translation>onverwachte optie: %s</translation>
    </message>
    <message>
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation>onbekende opdracht %(parser_name)r (keuze uit: %(choices)s)</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>gebruik: </translation>
    </message>
  </context>
  <context>
    <name>clock</name>
    <message>
      <source>{start}</source>
      <translation>{start} uur</translation>
    </message>
    <message>
      <source>{start}–{end}</source>
      <translation>{start}–{end} uur</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source> With commas as separator, put decimal commas in quotes ("6,3") or use semicolons.</source>
      <translation> Met komma's als scheidingsteken horen decimale komma's tussen aanhalingstekens ("6,3"), of gebruik puntkomma's.</translation>
    </message>
    <message numerus="yes">
      <source>%n attachment(s) cannot be read by screen readers (not a tagged PDF): {names}. The pack's colophon lists which; the pack does not claim PDF/UA.</source>
      <translation>
        <numerusform>%n bijlage is niet leesbaar met een schermlezer (geen getagde PDF): {names}. Het colofon van de vergaderstukken noemt ze; de vergaderstukken claimen geen PDF/UA.</numerusform>
        <numerusform>%n bijlagen zijn niet leesbaar met een schermlezer (geen getagde PDF's): {names}. Het colofon van de vergaderstukken noemt ze; de vergaderstukken claimen geen PDF/UA.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n changed</source>
      <translation>
        <numerusform>%n gewijzigd</numerusform>
        <numerusform>%n gewijzigd</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n confidential agenda item(s) not included.</source>
      <translation>
        <numerusform>%n vertrouwelijk agendapunt niet opgenomen.</numerusform>
        <numerusform>%n vertrouwelijke agendapunten niet opgenomen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n confidential agenda item(s), decision(s) or action(s) not included.</source>
      <translation>
        <numerusform>%n vertrouwelijk agendapunt, besluit of actiepunt niet opgenomen.</numerusform>
        <numerusform>%n vertrouwelijke agendapunten, besluiten of actiepunten niet opgenomen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n confidential decision(s) not included</source>
      <translation>
        <numerusform>%n vertrouwelijk besluit niet opgenomen</numerusform>
        <numerusform>%n vertrouwelijke besluiten niet opgenomen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n decision(s)</source>
      <translation>
        <numerusform>%n besluit</numerusform>
        <numerusform>%n besluiten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n decision(s) on confidential agenda items not included.</source>
      <translation>
        <numerusform>%n besluit over een vertrouwelijk agendapunt niet opgenomen.</numerusform>
        <numerusform>%n besluiten over vertrouwelijke agendapunten niet opgenomen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n initiative(s)</source>
      <translation>
        <numerusform>%n inspanning</numerusform>
        <numerusform>%n inspanningen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n vergadering</numerusform>
        <numerusform>%n vergaderingen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) added</source>
      <translation>
        <numerusform>%n vergadering toegevoegd</numerusform>
        <numerusform>%n vergaderingen toegevoegd</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) without a start time written as all-day event(s).</source>
      <translation>
        <numerusform>%n vergadering zonder aanvangstijd is als afspraak voor de hele dag geschreven.</numerusform>
        <numerusform>%n vergaderingen zonder aanvangstijd zijn als afspraak voor de hele dag geschreven.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) written to {path}.</source>
      <translation>
        <numerusform>%n vergadering geschreven naar {path}.</numerusform>
        <numerusform>%n vergaderingen geschreven naar {path}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n open action(s)</source>
      <translation>
        <numerusform>%n openstaand actiepunt</numerusform>
        <numerusform>%n openstaande actiepunten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n over de termijn</numerusform>
        <numerusform>%n over de termijn</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) copied from {source} to {target}:</source>
      <translation>
        <numerusform>%n record gekopieerd van {source} naar {target}:</numerusform>
        <numerusform>%n records gekopieerd van {source} naar {target}:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) merged from {path}.</source>
      <translation>
        <numerusform>%n record samengevoegd uit {path}.</numerusform>
        <numerusform>%n records samengevoegd uit {path}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) merged from {source} into {target}:</source>
      <translation>
        <numerusform>%n record uit {source} samengevoegd in {target}:</numerusform>
        <numerusform>%n records uit {source} samengevoegd in {target}:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) written to {path}.</source>
      <translation>
        <numerusform>%n record weggeschreven naar {path}.</numerusform>
        <numerusform>%n records weggeschreven naar {path}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skipped</source>
      <translation>
        <numerusform>%n overgeslagen</numerusform>
        <numerusform>%n overgeslagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>%n ongewijzigd</numerusform>
        <numerusform>%n ongewijzigd</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n without a set direction</source>
      <translation>
        <numerusform>%n zonder vastgestelde richting</numerusform>
        <numerusform>%n zonder vastgestelde richting</numerusform>
      </translation>
    </message>
    <message>
      <source>'{id}' fits {count} meetings; give more characters.</source>
      <translation>'{id}' past bij {count} vergaderingen; geef meer tekens.</translation>
    </message>
    <message>
      <source>'{indicator}' for {year} is also on line {other}.</source>
      <translation>'{indicator}' voor {year} staat ook op regel {other}.</translation>
    </message>
    <message>
      <source>'{indicator}' has another direction on line {other}.</source>
      <translation>'{indicator}' heeft op regel {other} een andere richting.</translation>
    </message>
    <message>
      <source>'{indicator}': the file says {file}, the app says {app}. Change one of them; nothing was imported.</source>
      <translation>'{indicator}': het bestand zegt '{file}', de app '{app}'. Pas een van beide aan; er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>'{name}' already holds a programme, so nothing was copied; copy into an empty database, or add --merge to merge by UUID.</source>
      <translation>'{name}' bevat al een programma, dus er is niets gekopieerd; kopieer naar een lege database, of voeg --merge toe om op UUID samen te voegen.</translation>
    </message>
    <message>
      <source>'{name}' cannot be opened: {reason}</source>
      <translation>'{name}' kan niet worden geopend: {reason}</translation>
    </message>
    <message>
      <source>'{name}' cannot be read as a briefing pack; use the PDF as the app exported it.</source>
      <translation>'{name}' is niet te lezen als vergaderstukken; gebruik de PDF zoals de app die exporteerde.</translation>
    </message>
    <message>
      <source>'{name}' cannot be written; nothing was copied.</source>
      <translation>Naar '{name}' kan niet worden geschreven; er is niets gekopieerd.</translation>
    </message>
    <message>
      <source>'{name}' does not exist (any more); nothing was imported.</source>
      <translation>'{name}' bestaat niet (meer); er is niets ingelezen.</translation>
    </message>
    <message>
      <source>'{name}' does not match its recorded {what}.</source>
      <translation>'{name}' klopt niet met de vastgelegde waarde van {what}.</translation>
    </message>
    <message>
      <source>'{name}' does not say who wrote {what}: the name field on the cover is empty. Give the author's name (on the command line: --author NAME) and import it again; nothing of it was imported.</source>
      <translation>'{name}' zegt niet wie {what} schreef: het naamveld op het voorblad is leeg. Geef de naam van de schrijver op (op de opdrachtregel: --author NAAM) en lees het opnieuw in; er is niets uit ingelezen.</translation>
    </message>
    <message>
      <source>'{name}' ends like one of SQLite's own side files (-wal, -shm, -journal), which SQLite would delete or overwrite: choose another name.</source>
      <translation>'{name}' eindigt als een hulpbestand van SQLite zelf (-wal, -shm, -journal), dat SQLite zou verwijderen of overschrijven: kies een andere naam.</translation>
    </message>
    <message>
      <source>'{name}' has an older schema ({revision}): open it once with this version of the app, which upgrades it after a backup, and copy again.</source>
      <translation>'{name}' heeft een ouder schema ({revision}): open de database eenmaal met deze versie van de app, die haar na een back-up bijwerkt, en kopieer daarna opnieuw.</translation>
    </message>
    <message>
      <source>'{name}' has no pages.</source>
      <translation>'{name}' heeft geen pagina's.</translation>
    </message>
    <message>
      <source>'{name}' holds no programme of this app: there is nothing to copy.</source>
      <translation>'{name}' bevat geen programma van deze app: er valt niets te kopiëren.</translation>
    </message>
    <message>
      <source>'{name}' is a damaged PDF file.</source>
      <translation>'{name}' is een beschadigd PDF-bestand.</translation>
    </message>
    <message>
      <source>'{name}' is a database of another application; nothing was copied.</source>
      <translation>'{name}' is een database van een andere toepassing; er is niets gekopieerd.</translation>
    </message>
    <message>
      <source>'{name}' is damaged or not a PDF; nothing of it was imported. Ask for the file again, saved from the PDF reader.</source>
      <translation>'{name}' is beschadigd of geen PDF; er is niets uit ingelezen. Vraag het bestand opnieuw op, bewaard vanuit de PDF-lezer.</translation>
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
      <source>'{name}' is neither a database file nor a server URL (postgresql://user@host:port/database); nothing was copied.</source>
      <translation>'{name}' is geen databasebestand en geen serveradres (postgresql://gebruiker@host:poort/database); er is niets gekopieerd.</translation>
    </message>
    <message>
      <source>'{name}' is not a PDF file.</source>
      <translation>'{name}' is geen PDF-bestand.</translation>
    </message>
    <message>
      <source>'{name}' is not a briefing pack made by this app: it does not say which pages belong to which agenda item. Use the pack as the app exported it.</source>
      <translation>'{name}' zijn geen vergaderstukken uit deze app: er staat niet in welke pagina's bij welk agendapunt horen. Gebruik de vergaderstukken zoals de app ze exporteerde.</translation>
    </message>
    <message>
      <source>'{name}' is not a briefing pack of this app: it has no boxes for remarks and does not say which pages belong to which agenda item. Import the pack as the app exported it (fillable or not), with the remarks in it.</source>
      <translation>'{name}' is geen vergaderstuk van deze app: er staan geen vakken voor opmerkingen in en het zegt niet welke pagina's bij welk agendapunt horen. Lees de vergaderstukken in zoals de app ze exporteerde (met of zonder invulvelden), met de opmerkingen erin.</translation>
    </message>
    <message>
      <source>'{name}' is protected with a password; attach an unprotected PDF.</source>
      <translation>'{name}' is met een wachtwoord beveiligd; voeg een onbeveiligde PDF toe.</translation>
    </message>
    <message>
      <source>'{name}' is protected with a password; nothing of it was imported. Ask for the file without protection (save it again without a password).</source>
      <translation>'{name}' is beveiligd met een wachtwoord; er is niets uit ingelezen. Vraag het bestand op zonder beveiliging (opnieuw bewaard zonder wachtwoord).</translation>
    </message>
    <message>
      <source>'{name}' is the briefing pack of a meeting that is not in this database (deleted, or kept in another database); nothing of it was imported.</source>
      <translation>'{name}' zijn de vergaderstukken van een vergadering die niet in deze database staat (verwijderd, of bijgehouden in een andere database); er is niets uit ingelezen.</translation>
    </message>
    <message>
      <source>'{name}' is the briefing pack of the meeting of {date}, not of this meeting; open that meeting to import it. Nothing of it was imported.</source>
      <translation>'{name}' zijn de vergaderstukken van de vergadering van {date}, niet van deze vergadering; open die vergadering om ze in te lezen. Er is niets uit ingelezen.</translation>
    </message>
    <message>
      <source>'{name}' was made by a newer version of the app (schema {revision}), so nothing was copied; update the app first.</source>
      <translation>'{name}' is gemaakt met een nieuwere versie van de app (schema {revision}), dus er is niets gekopieerd; werk eerst de app bij.</translation>
    </message>
    <message>
      <source>'{org}' fits several organisations ({names}); give the full name.</source>
      <translation>'{org}' past bij meerdere organisaties ({names}); geef de volledige naam.</translation>
    </message>
    <message>
      <source>'{path}' cannot be read ({reason}).</source>
      <translation>'{path}' kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
      <source>'{path}' cannot be read: {reason}</source>
      <translation>'{path}' kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
      <source>'{path}' cannot be written here (no permission or a read-only disk).</source>
      <translation>'{path}' kan hier niet worden geschreven (geen toestemming of een alleen-lezen schijf).</translation>
    </message>
    <message>
      <source>'{path}' cannot be written: its folder does not exist.</source>
      <translation>'{path}' kan niet worden geschreven: de map bestaat niet.</translation>
    </message>
    <message>
      <source>'{path}' cannot be written: the name is too long.</source>
      <translation>'{path}' kan niet worden geschreven: de naam is te lang.</translation>
    </message>
    <message>
      <source>'{path}' could not be written; nothing was saved.</source>
      <translation>'{path}' kon niet worden geschreven; er is niets opgeslagen.</translation>
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
      <source>'{path}' is a file, not a folder; choose a folder to write the export into.</source>
      <translation>'{path}' is een bestand, geen map; kies een map om de export in te schrijven.</translation>
    </message>
    <message>
      <source>'{path}' is a folder, not a database file.</source>
      <translation>'{path}' is een map, geen databasebestand.</translation>
    </message>
    <message>
      <source>'{path}' is a folder, not a file name.</source>
      <translation>'{path}' is een map, geen bestandsnaam.</translation>
    </message>
    <message>
      <source>'{path}' is a folder, not an exchange file.</source>
      <translation>'{path}' is een map, geen uitwisselbestand.</translation>
    </message>
    <message>
      <source>'{path}' is a folder; give the name of a file to write.</source>
      <translation>'{path}' is een map; geef de naam van een bestand om te schrijven.</translation>
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
      <source>'{path}' is not a valid exchange file: its tables are not lists of records.</source>
      <translation>'{path}' is geen geldig uitwisselbestand: de tabellen zijn geen lijsten van records.</translation>
    </message>
    <message>
      <source>'{path}' is not a valid exchange file: the JSON breaks off or is damaged at line {line}, column {column}.</source>
      <translation>'{path}' is geen geldig uitwisselbestand: de JSON breekt af of is beschadigd op regel {line}, kolom {column}.</translation>
    </message>
    <message>
      <source>'{path}' is not an exchange file of this app.</source>
      <translation>'{path}' is geen uitwisselbestand van deze app.</translation>
    </message>
    <message>
      <source>'{path}' is not an exchange file of this app: it holds a number that is far too large.</source>
      <translation>'{path}' is geen uitwisselbestand van deze app: het bevat een veel te groot getal.</translation>
    </message>
    <message>
      <source>'{path}' is not an exchange file of this app: its data is nested too deeply.</source>
      <translation>'{path}' is geen uitwisselbestand van deze app: de gegevens zijn te diep genest.</translation>
    </message>
    <message>
      <source>'{path}' is not an exchange file: it is not UTF-8 text.</source>
      <translation>'{path}' is geen uitwisselbestand: het is geen UTF-8-tekst.</translation>
    </message>
    <message>
      <source>'{path}' is one of SQLite's own side files (-wal, -shm, -journal), not a database.</source>
      <translation>'{path}' is een hulpbestand van SQLite zelf (-wal, -shm, -journal), geen database.</translation>
    </message>
    <message>
      <source>'{text}' is not a date; write for example 14 november 2023, Q1 2024 or eind 2023.</source>
      <translation>'{text}' is geen datum; schrijf bijvoorbeeld 14 november 2023, Q1 2024 of eind 2023.</translation>
    </message>
    <message>
      <source>'{text}' is not a day of the year; write for example 15 juli.</source>
      <translation>'{text}' is geen dag van het jaar; schrijf bijvoorbeeld 15 juli.</translation>
    </message>
    <message>
      <source>'{text}' is not a day; write for example 14 november 2023 or 14-11-2023.</source>
      <translation>'{text}' is geen dag; schrijf bijvoorbeeld 14 november 2023 of 14-11-2023.</translation>
    </message>
    <message>
      <source>'{text}' is not a direction; write hoger or lager.</source>
      <translation>'{text}' is geen richting; schrijf hoger of lager.</translation>
    </message>
    <message>
      <source>'{text}' is not a number; write for example 6,3 or 1234,5.</source>
      <translation>'{text}' is geen getal; schrijf bijvoorbeeld 6,3 of 1234,5.</translation>
    </message>
    <message>
      <source>'{text}' is not a year; write for example 2023.</source>
      <translation>'{text}' is geen jaar; schrijf bijvoorbeeld 2023.</translation>
    </message>
    <message>
      <source>'{text}' is too large a number.</source>
      <translation>'{text}' is een te groot getal.</translation>
    </message>
    <message>
      <source>'{title}' needs a date, for example 1 maart 2025.</source>
      <translation>'{title}' heeft een datum nodig, bijvoorbeeld 1 maart 2025.</translation>
    </message>
    <message>
      <source>'{title}' needs a day of the year, for example 15 juli.</source>
      <translation>'{title}' heeft een dag van het jaar nodig, bijvoorbeeld 15 juli.</translation>
    </message>
    <message>
      <source>'{title}': the number of months must lie between {low} and {high}.</source>
      <translation>'{title}': het aantal maanden moet tussen {low} en {high} liggen.</translation>
    </message>
    <message>
      <source>(counted per lane)</source>
      <translation>(geteld per baan)</translation>
    </message>
    <message>
      <source>(no funder)</source>
      <translation>(geen financier)</translation>
    </message>
    <message>
      <source>1 box imported before is empty now; its remark was kept as it was (delete it in the meeting if that was meant).</source>
      <translation>1 eerder ingelezen vak is nu leeg; de opmerking is bewaard zoals ze was (verwijder haar bij de vergadering als dat de bedoeling was).</translation>
    </message>
    <message>
      <source>1 file</source>
      <translation>1 bestand</translation>
    </message>
    <message>
      <source>1 general remark on the meeting (from a page of no agenda item).</source>
      <translation>1 algemene opmerking bij de vergadering (van een pagina zonder agendapunt).</translation>
    </message>
    <message>
      <source>1 highlight without a comment was left out.</source>
      <translation>1 markering zonder opmerking is niet ingelezen.</translation>
    </message>
    <message>
      <source>1 remark</source>
      <translation>1 opmerking</translation>
    </message>
    <message>
      <source>1 remark had been imported before and is unchanged.</source>
      <translation>1 opmerking was al eerder ingelezen en is niet veranderd.</translation>
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
      <source>A funder holds no meetings of the programme: choose another body.</source>
      <translation>Een financier houdt geen vergaderingen van het programma: kies een ander orgaan.</translation>
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
      <source>A new database cannot be made in '{folder}': the folder is read-only.</source>
      <translation>In '{folder}' kan geen nieuwe database worden gemaakt: de map is alleen-lezen.</translation>
    </message>
    <message>
      <source>A position is a number from 0 to {max}.</source>
      <translation>Een positie is een getal van 0 tot en met {max}.</translation>
    </message>
    <message>
      <source>A remark belongs to an agenda item or to the meeting.</source>
      <translation>Een opmerking hoort bij een agendapunt of bij de vergadering.</translation>
    </message>
    <message>
      <source>About this report</source>
      <translation>Over deze rapportage</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>Afwezig</translation>
    </message>
    <message>
      <source>Absent with apologies</source>
      <translation>Afwezig met bericht</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Actiepunt</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Actiepunten</translation>
    </message>
    <message>
      <source>Actions still open, from this meeting and earlier meetings of {body}.</source>
      <translation>Actiepunten die nog openstaan, uit deze en eerdere vergaderingen van {body}.</translation>
    </message>
    <message>
      <source>Actions, agenda items and initiatives are found by name: their owner, presenter or responsible names {organisation} or one of its people in full, whatever the case and accents.</source>
      <translation>Actiepunten, agendapunten en inspanningen zijn op naam gevonden: de actiehouder, inleider of trekker noemt {organisation} of een van haar mensen voluit, ongeacht hoofdletters en accenten.</translation>
    </message>
    <message>
      <source>Actions: {actions}</source>
      <translation>Actiepunten: {actions}</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Agendapunt</translation>
    </message>
    <message>
      <source>Agenda items in coming meetings</source>
      <translation>Agendapunten in komende vergaderingen</translation>
    </message>
    <message>
      <source>Ambition and national goal</source>
      <translation>Ambitie en landelijk doel</translation>
    </message>
    <message>
      <source>Ambition of Dordt West</source>
      <translation>Ambitie van Dordt West</translation>
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
      <source>An amount cannot be larger than {cents} cents.</source>
      <translation>Een bedrag kan niet groter zijn dan {cents} cent.</translation>
    </message>
    <message>
      <source>An amount cannot be negative.</source>
      <translation>Een bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
      <source>Another coordinator is saving the same records right now: the change was not stored. Try again in a moment.</source>
      <translation>Een andere coördinator slaat op dit moment dezelfde gegevens op: de wijziging is niet opgeslagen. Probeer het zo opnieuw.</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Gebied</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Beoordeling</translation>
    </message>
    <message>
      <source>Attachment {n} of {count} to item {item}: {name}, page {page} of {pages}</source>
      <translation>Bijlage {n} van {count} bij agendapunt {item}: {name}, pagina {page} van {pages}</translation>
    </message>
    <message>
      <source>Attachment {n} to item {item}: {name}</source>
      <translation>Bijlage {n} bij agendapunt {item}: {name}</translation>
    </message>
    <message>
      <source>Attachment {n}, page {page} of {pages}</source>
      <translation>Bijlage {n}, pagina {page} van {pages}</translation>
    </message>
    <message>
      <source>Attachment {n}: {name}, page {page} of {pages} — this attached document has not been made accessible</source>
      <translation>Bijlage {n}: {name}, pagina {page} van {pages} — dit bijlagedocument is niet toegankelijk gemaakt</translation>
    </message>
    <message>
      <source>Attachment: {name}</source>
      <translation>Bijlage: {name}</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Aanwezigheid</translation>
    </message>
    <message>
      <source>BEGIN:{name} on line {line} is never closed (END:{name} is missing)</source>
      <translation>BEGIN:{name} op regel {line} wordt nergens afgesloten (END:{name} ontbreekt)</translation>
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
      <source>Body</source>
      <translation>Orgaan</translation>
    </message>
    <message>
      <source>Briefing pack</source>
      <translation>Vergaderstukken</translation>
    </message>
    <message>
      <source>Briefing pack (public version) {title}</source>
      <translation>Vergaderstukken (openbare versie) {title}</translation>
    </message>
    <message>
      <source>COMMAND</source>
      <translation>OPDRACHT</translation>
    </message>
    <message>
      <source>CONFIDENTIAL</source>
      <translation>VERTROUWELIJK</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Voorzitter</translation>
    </message>
    <message>
      <source>Chair: {name}</source>
      <translation>Voorzitter: {name}</translation>
    </message>
    <message>
      <source>Colophon</source>
      <translation>Colofon</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Kolom</translation>
    </message>
    <message>
      <source>Components:</source>
      <translation>Onderdelen:</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Vertrouwelijk</translation>
    </message>
    <message>
      <source>Contains confidential items: do not pass on.</source>
      <translation>Bevat vertrouwelijke stukken: niet verspreiden.</translation>
    </message>
    <message>
      <source>Contains confidential items: for the organisation's own eyes, do not pass on.</source>
      <translation>Bevat vertrouwelijke punten: alleen voor de organisatie zelf, niet doorgeven.</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Inhoud</translation>
    </message>
    <message>
      <source>DRAFT</source>
      <translation>CONCEPT</translation>
    </message>
    <message>
      <source>DTSTART is missing: when does it start?</source>
      <translation>DTSTART ontbreekt: wanneer begint de afspraak?</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>Deadlines</translation>
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
      <source>Decision ({outcome}): {text}</source>
      <translation>Besluit ({outcome}): {text}</translation>
    </message>
    <message>
      <source>Decision date</source>
      <translation>Besluitdatum</translation>
    </message>
    <message>
      <source>Decision list</source>
      <translation>Besluitenlijst</translation>
    </message>
    <message>
      <source>Decision number</source>
      <translation>Besluitnummer</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>Besluiten</translation>
    </message>
    <message>
      <source>Decisions of the Alliantie</source>
      <translation>Besluiten van de Alliantie</translation>
    </message>
    <message>
      <source>Decisions that gave it work</source>
      <translation>Besluiten die werk opleverden</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <source>Deviates from the regime: {reason}, and the regime no longer asks for this report.</source>
      <translation>Wijkt af van het regime: {reason}, en het regime vraagt deze verantwoording niet meer.</translation>
    </message>
    <message>
      <source>Deviates from the regime: {reason}; the regime says '{title}' on {due}.</source>
      <translation>Wijkt af van het regime: {reason}; volgens het regime '{title}' op {due}.</translation>
    </message>
    <message>
      <source>Diamond: a day. Bar: a vaguer date (month, quarter, half year). Grey band: running time.</source>
      <translation>Ruit: een dag. Balk: een ruimere datum (maand, kwartaal, halfjaar). Grijze band: looptijd.</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Richting</translation>
    </message>
    <message>
      <source>Direction of change</source>
      <translation>Ontwikkeling</translation>
    </message>
    <message>
      <source>Dordrecht</source>
      <translation>Dordrecht</translation>
    </message>
    <message>
      <source>Dordrecht average</source>
      <translation>Dordts gemiddelde</translation>
    </message>
    <message>
      <source>Dordrecht average (the target, unless set)</source>
      <translation>Dordts gemiddelde (het doel, tenzij anders ingesteld)</translation>
    </message>
    <message>
      <source>Dordt West</source>
      <translation>Dordt West</translation>
    </message>
    <message>
      <source>Draft: this version is not final.</source>
      <translation>Concept: deze versie is niet definitief.</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Uiterlijk</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>Fout: {message}</translation>
    </message>
    <message>
      <source>Event {number} (line {line}</source>
      <translation>Afspraak {number} (regel {line}</translation>
    </message>
    <message>
      <source>Event {number} (line {line}): {problem} Nothing was imported.</source>
      <translation>Afspraak {number} (regel {line}): {problem} Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>Events {first} and {second} have the same UID '{uid}'; a calendar program would keep one of them. Nothing was imported.</source>
      <translation>Afspraken {first} en {second} hebben dezelfde UID '{uid}'; een agendaprogramma zou er maar één van bewaren. Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>Everything in this report comes from the programme's records on {today}. Confidential agenda items, remarks and the names of attendees are not included.</source>
      <translation>Alles in deze rapportage komt uit de programmagegevens van {today}. Vertrouwelijke agendapunten, opmerkingen en namen van deelnemers zijn niet opgenomen.</translation>
    </message>
    <message>
      <source>Explanation</source>
      <translation>Toelichting</translation>
    </message>
    <message>
      <source>Exported on {day} at {time}</source>
      <translation>Geëxporteerd op {day} om {time}</translation>
    </message>
    <message>
      <source>FILE</source>
      <translation>BESTAND</translation>
    </message>
    <message>
      <source>Fill in a date.</source>
      <translation>Vul een datum in.</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Uit vergadering</translation>
    </message>
    <message>
      <source>From: {names}.</source>
      <translation>Van: {names}.</translation>
    </message>
    <message>
      <source>Funder</source>
      <translation>Financier</translation>
    </message>
    <message>
      <source>Funder unknown</source>
      <translation>Financier onbekend</translation>
    </message>
    <message>
      <source>Funding</source>
      <translation>Middelen</translation>
    </message>
    <message>
      <source>Funding per funder</source>
      <translation>Middelen per financier</translation>
    </message>
    <message>
      <source>Funding requested / granted</source>
      <translation>Middelen aangevraagd / toegekend</translation>
    </message>
    <message>
      <source>Funding, {title}</source>
      <translation>Middelen, {title}</translation>
    </message>
    <message>
      <source>Funding: requested and granted</source>
      <translation>Middelen: aangevraagd en toegekend</translation>
    </message>
    <message>
      <source>General remarks</source>
      <translation>Algemene opmerkingen</translation>
    </message>
    <message>
      <source>Give either --meeting ID or --all.</source>
      <translation>Geef --meeting ID of --all, niet allebei en niet geen van beide.</translation>
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
      <source>Give the organisation with --org NAME.</source>
      <translation>Geef de organisatie op met --org NAAM.</translation>
    </message>
    <message>
      <source>Give the period of the report, for example 2024, H1 2024 or Q3 2024.</source>
      <translation>Geef de periode van de rapportage, bijvoorbeeld 2024, H1 2024 of Q3 2024.</translation>
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
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>Import one exchange file at a time.</source>
      <translation>Importeer één uitwisselbestand tegelijk.</translation>
    </message>
    <message>
      <source>In '{name}' the author of {what} is longer than {limit} characters; shorten the name and import it again. Nothing of it was imported.</source>
      <translation>In '{name}' is de schrijver van {what} langer dan {limit} tekens; kort de naam in en lees het opnieuw in. Er is niets uit ingelezen.</translation>
    </message>
    <message>
      <source>In '{text}' the end lies before the start; write for example eind november/begin december 2023.</source>
      <translation>In '{text}' ligt het einde vóór het begin; schrijf bijvoorbeeld eind november/begin december 2023.</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indicatoren</translation>
    </message>
    <message>
      <source>Indicators + / −</source>
      <translation>Indicatoren + / −</translation>
    </message>
    <message>
      <source>Indicators against the Dordrecht average</source>
      <translation>Indicatoren ten opzichte van het Dordts gemiddelde</translation>
    </message>
    <message>
      <source>Indicators: Dordt West and the Dordrecht average</source>
      <translation>Indicatoren: Dordt West en het Dordts gemiddelde</translation>
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
      <source>Initiatives it is responsible for</source>
      <translation>Initiatieven waarvoor zij verantwoordelijk is</translation>
    </message>
    <message>
      <source>Initiatives running</source>
      <translation>Lopende inspanningen</translation>
    </message>
    <message>
      <source>Initiatives, milestones and indicators that are linked to no pillar.</source>
      <translation>Inspanningen, mijlpalen en indicatoren die aan geen pijler gekoppeld zijn.</translation>
    </message>
    <message>
      <source>It holds no filled boxes and no comments.</source>
      <translation>Er staan geen ingevulde vakken en geen opmerkingen in.</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Agendapunt</translation>
    </message>
    <message>
      <source>Item {number}</source>
      <translation>Agendapunt {number}</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Over tijd</translation>
    </message>
    <message>
      <source>Late: still planned while its date has passed. Next: planned in this period or the one after it. Indicators + / −: favourable and unfavourable against the Dordrecht average at the end of the period.</source>
      <translation>Over tijd: nog gepland terwijl de datum voorbij is. Volgende: gepland in deze periode of de periode erna. Indicatoren + / −: gunstig en ongunstig ten opzichte van het Dordts gemiddelde aan het eind van de periode.</translation>
    </message>
    <message>
      <source>Legend: {items}.</source>
      <translation>Legenda: {items}.</translation>
    </message>
    <message>
      <source>Line {line}: {message} Nothing was imported.</source>
      <translation>Regel {line}: {message} Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Regelingen</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Locatie</translation>
    </message>
    <message>
      <source>Made with Dordt West Alliantie {version} on {date}.</source>
      <translation>Gemaakt met Dordt West Alliantie {version} op {date}.</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Vergadering</translation>
    </message>
    <message>
      <source>Meeting date</source>
      <translation>Vergaderdatum</translation>
    </message>
    <message>
      <source>Meeting of the Alliantie Dordt West</source>
      <translation>Vergadering van de Alliantie Dordt West</translation>
    </message>
    <message>
      <source>Meeting of the college van B&amp;W</source>
      <translation>Vergadering van het college van B&amp;W</translation>
    </message>
    <message>
      <source>Meeting of the municipal council</source>
      <translation>Vergadering van de gemeenteraad</translation>
    </message>
    <message>
      <source>Meeting of {body}</source>
      <translation>Vergadering van {body}</translation>
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
      <source>Milestones late</source>
      <translation>Mijlpalen over tijd</translation>
    </message>
    <message>
      <source>Milestones of the programme</source>
      <translation>Mijlpalen van het programma</translation>
    </message>
    <message>
      <source>Milestones reached</source>
      <translation>Mijlpalen bereikt</translation>
    </message>
    <message>
      <source>NAME</source>
      <translation>NAAM</translation>
    </message>
    <message>
      <source>NAME|ID</source>
      <translation>NAAM|ID</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>National goal</source>
      <translation>Landelijk doel</translation>
    </message>
    <message>
      <source>National sub-goals:</source>
      <translation>Landelijke subdoelen:</translation>
    </message>
    <message>
      <source>Netherlands</source>
      <translation>Nederland</translation>
    </message>
    <message>
      <source>New indicators: {names}; check their pillar, unit and direction.</source>
      <translation>Nieuwe indicatoren: {names}; controleer hun pijler, eenheid en richting.</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Volgende</translation>
    </message>
    <message>
      <source>Next milestones (up to {period})</source>
      <translation>Volgende mijlpalen (tot en met {period})</translation>
    </message>
    <message>
      <source>No actions arose from this meeting.</source>
      <translation>Uit deze vergadering zijn geen actiepunten voortgekomen.</translation>
    </message>
    <message>
      <source>No agenda items presented by the organisation in coming meetings.</source>
      <translation>Geen agendapunten die de organisatie inbrengt in komende vergaderingen.</translation>
    </message>
    <message>
      <source>No attendance has been recorded.</source>
      <translation>Er is geen presentielijst vastgelegd.</translation>
    </message>
    <message>
      <source>No decisions were recorded in this meeting.</source>
      <translation>In deze vergadering zijn geen besluiten vastgelegd.</translation>
    </message>
    <message>
      <source>No decisions with actions for the organisation.</source>
      <translation>Geen besluiten met actiepunten voor de organisatie.</translation>
    </message>
    <message>
      <source>No figures yet.</source>
      <translation>Nog geen cijfers.</translation>
    </message>
    <message>
      <source>No funding has been recorded for any initiative yet.</source>
      <translation>Voor geen enkele inspanning zijn al middelen vastgelegd.</translation>
    </message>
    <message>
      <source>No funding recorded for {period}.</source>
      <translation>Geen middelen vastgelegd voor {period}.</translation>
    </message>
    <message>
      <source>No funding recorded.</source>
      <translation>Geen middelen vastgelegd.</translation>
    </message>
    <message>
      <source>No indicators for this pillar.</source>
      <translation>Geen indicatoren voor deze pijler.</translation>
    </message>
    <message>
      <source>No indicators have been recorded for this programme yet.</source>
      <translation>Voor dit programma zijn nog geen indicatoren vastgelegd.</translation>
    </message>
    <message>
      <source>No initiative runs in {period}.</source>
      <translation>Er loopt geen inspanning in {period}.</translation>
    </message>
    <message>
      <source>No initiatives.</source>
      <translation>Geen initiatieven.</translation>
    </message>
    <message>
      <source>No meeting has the ID '{id}'.</source>
      <translation>Geen vergadering heeft het ID '{id}'.</translation>
    </message>
    <message>
      <source>No milestone is late.</source>
      <translation>Geen mijlpaal is over tijd.</translation>
    </message>
    <message>
      <source>No milestone planned in {period} or {next}.</source>
      <translation>Geen mijlpaal gepland in {period} of {next}.</translation>
    </message>
    <message>
      <source>No milestone reached in {period}.</source>
      <translation>Geen mijlpaal bereikt in {period}.</translation>
    </message>
    <message>
      <source>No milestones have been planned.</source>
      <translation>Er zijn geen mijlpalen gepland.</translation>
    </message>
    <message>
      <source>No new or changed remarks.</source>
      <translation>Geen nieuwe of gewijzigde opmerkingen.</translation>
    </message>
    <message>
      <source>No open actions.</source>
      <translation>Geen openstaande actiepunten.</translation>
    </message>
    <message>
      <source>No organisation is called '{org}'.</source>
      <translation>Geen organisatie heet '{org}'.</translation>
    </message>
    <message>
      <source>No reports due.</source>
      <translation>Geen verantwoordingen te doen.</translation>
    </message>
    <message>
      <source>No {what} yet.</source>
      <translation>Nog geen {what}.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>None of its people is on the attendee list of a past Alliantie meeting.</source>
      <translation>Geen van haar mensen staat op de presentielijst van een gehouden Alliantievergadering.</translation>
    </message>
    <message>
      <source>Not imported: {reason}</source>
      <translation>Niet ingelezen: {reason}</translation>
    </message>
    <message>
      <source>Not recorded.</source>
      <translation>Niet vastgelegd.</translation>
    </message>
    <message>
      <source>Nothing found for '{query}'.</source>
      <translation>Niets gevonden voor '{query}'.</translation>
    </message>
    <message>
      <source>Nothing has been recorded for this pillar for {period}: no initiatives, milestones, funding or indicator figures.</source>
      <translation>Voor deze pijler is over {period} niets vastgelegd: geen inspanningen, mijlpalen, middelen of cijfers van indicatoren.</translation>
    </message>
    <message>
      <source>Nothing has been recorded for {period}: no initiatives, milestones, funding, indicator figures or meetings of the Alliantie.</source>
      <translation>Over {period} is niets vastgelegd: geen inspanningen, mijlpalen, middelen, cijfers van indicatoren of vergaderingen van de Alliantie.</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>Nothing was imported: record {record} of '{table}', field '{field}': {reason}</source>
      <translation>Er is niets geïmporteerd: record {record} van '{table}', veld '{field}': {reason}</translation>
    </message>
    <message>
      <source>On items: {items}.</source>
      <translation>Bij agendapunten: {items}.</translation>
    </message>
    <message>
      <source>Only 'list search' takes a search text.</source>
      <translation>Alleen 'list search' neemt een zoektekst.</translation>
    </message>
    <message>
      <source>Only a milestone linked to this item can be marked as reached.</source>
      <translation>Alleen een mijlpaal die aan dit agendapunt gekoppeld is, kan als behaald worden gemarkeerd.</translation>
    </message>
    <message>
      <source>Only the newest {count} of each kind are shown; type more words.</source>
      <translation>Alleen de nieuwste {count} van elke soort staan hier; typ meer woorden om te verfijnen.</translation>
    </message>
    <message>
      <source>Only {author} can change this remark.</source>
      <translation>Alleen {author} kan deze opmerking wijzigen.</translation>
    </message>
    <message>
      <source>Open actions</source>
      <translation>Openstaande actiepunten</translation>
    </message>
    <message>
      <source>Open actions from earlier meetings</source>
      <translation>Openstaande actiepunten uit eerdere vergaderingen</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Other milestones due up to {date}, not listed: {count}.</source>
      <translation>Overige mijlpalen tot en met {date}, niet opgenomen: {count}.</translation>
    </message>
    <message>
      <source>Other milestones of the programme, not listed: {count}.</source>
      <translation>Overige mijlpalen van het programma, niet opgenomen: {count}.</translation>
    </message>
    <message>
      <source>Other overdue milestones, not listed: {count}, due from {first} to {last}.</source>
      <translation>Overige mijlpalen over tijd, niet opgenomen: {count}, gepland van {first} tot {last}.</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Uitkomst</translation>
    </message>
    <message>
      <source>Outcome: {outcome}</source>
      <translation>Uitkomst: {outcome}</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Actiehouder</translation>
    </message>
    <message>
      <source>PATH_OR_URL</source>
      <translation>PAD_OF_URL</translation>
    </message>
    <message>
      <source>PERIOD</source>
      <translation>PERIODE</translation>
    </message>
    <message>
      <source>Partner overview</source>
      <translation>Partneroverzicht</translation>
    </message>
    <message>
      <source>Partner overview {organisation}</source>
      <translation>Partneroverzicht {organisation}</translation>
    </message>
    <message>
      <source>People: {names}</source>
      <translation>Personen: {names}</translation>
    </message>
    <message>
      <source>Per funder</source>
      <translation>Per financier</translation>
    </message>
    <message>
      <source>Per initiative</source>
      <translation>Per inspanning</translation>
    </message>
    <message>
      <source>Per pillar</source>
      <translation>Per pijler</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Looptijd</translation>
    </message>
    <message>
      <source>Period '{text}' is not a year, half year or quarter; write for example 2024, H1 2024 or Q3 2024.</source>
      <translation>Periode '{text}' is geen jaar, halfjaar of kwartaal; schrijf bijvoorbeeld 2024, H1 2024 of Q3 2024.</translation>
    </message>
    <message>
      <source>Period from</source>
      <translation>Periode vanaf</translation>
    </message>
    <message>
      <source>Period until</source>
      <translation>Periode tot en met</translation>
    </message>
    <message>
      <source>Period {period} ({first} to {last}) · status of the programme's records on {today}</source>
      <translation>Periode {period} ({first} tot en met {last}) · stand van de programmagegevens op {today}</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pijler</translation>
    </message>
    <message>
      <source>Pillar {number}: {name}</source>
      <translation>Pijler {number}: {name}</translation>
    </message>
    <message>
      <source>Prepared on {date}</source>
      <translation>Opgesteld op {date}</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Aanwezig</translation>
    </message>
    <message>
      <source>Presenter</source>
      <translation>Inbreng</translation>
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
      <source>Progress of the programme in {period}, status on {today}</source>
      <translation>Voortgang van het programma in {period}, stand op {today}</translation>
    </message>
    <message>
      <source>Progress report {period}</source>
      <translation>Voortgangsrapportage {period}</translation>
    </message>
    <message>
      <source>Proposed decision</source>
      <translation>Voorgesteld besluit</translation>
    </message>
    <message>
      <source>Proposed decision:</source>
      <translation>Voorgesteld besluit:</translation>
    </message>
    <message>
      <source>Public version: confidential items and their attachments are not included.</source>
      <translation>Openbare versie: vertrouwelijke agendapunten en hun bijlagen zijn niet opgenomen.</translation>
    </message>
    <message>
      <source>Purple: a report to a funder (accountability regime).</source>
      <translation>Paars: een verantwoording aan een financier (verantwoordingsregime).</translation>
    </message>
    <message>
      <source>Put the figures on the first sheet, or name their sheet Indicatoren.</source>
      <translation>Zet de cijfers op het eerste werkblad, of noem hun werkblad Indicatoren.</translation>
    </message>
    <message>
      <source>QUERY</source>
      <translation>ZOEKTEKST</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>Bereikt</translation>
    </message>
    <message>
      <source>Read-only: the folder or file cannot be written (for instance a write-protected share or USB stick). You can read and export; changes are not possible.</source>
      <translation>Alleen-lezen: de map of het bestand kan niet worden beschreven (bijvoorbeeld een beveiligde netwerkmap of USB-stick). U kunt lezen en exporteren; wijzigen kan niet.</translation>
    </message>
    <message>
      <source>Read-only: your role on the server ({where}) may read the programme but not change it. Ask the administrator for the editor role to make changes.</source>
      <translation>Alleen lezen: uw rol op de server ({where}) mag het programma lezen maar niet wijzigen. Vraag de beheerder om de rol voor bewerken als u wijzigingen wilt maken.</translation>
    </message>
    <message>
      <source>Reading or writing the database file failed (disk or network error).</source>
      <translation>Lezen of schrijven van het databasebestand is mislukt (schijf- of netwerkfout).</translation>
    </message>
    <message>
      <source>Regime '{name}' is still assigned to {lines}; choose another regime there first.</source>
      <translation>Regime '{name}' is nog toegekend aan {lines}; kies daar eerst een ander regime.</translation>
    </message>
    <message>
      <source>Regime '{regime}' needs the spending period of {what} ('{title}' is counted from it); fill in the period from and until, or choose no regime.</source>
      <translation>Regime '{regime}' heeft de bestedingsperiode van {what} nodig ('{title}' wordt daarvan afgeleid); vul de periode van en tot en met in, of kies geen regime.</translation>
    </message>
    <message>
      <source>Regime '{regime}' puts '{title}' on {due}, before {what} starts ({start}); correct the regime or the period.</source>
      <translation>Regime '{regime}' zet '{title}' op {due}, vóór het begin van {what} ({start}); pas het regime of de periode aan.</translation>
    </message>
    <message>
      <source>Regime '{regime}' would give {what} more than {count} report moments; check the number of months and the period.</source>
      <translation>Regime '{regime}' zou {what} meer dan {count} verantwoordingsmomenten geven; controleer het aantal maanden en de periode.</translation>
    </message>
    <message>
      <source>Remark on item {number} ({title})</source>
      <translation>Opmerking bij agendapunt {number} ({title})</translation>
    </message>
    <message>
      <source>Remark on proposed decision {point} of item {number} ({title})</source>
      <translation>Opmerking bij beslispunt {point} van agendapunt {number} ({title})</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Opmerkingen</translation>
    </message>
    <message>
      <source>Remarks on the meeting as a whole, not on one agenda item.</source>
      <translation>Opmerkingen over de vergadering als geheel, niet over één agendapunt.</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Verantwoording</translation>
    </message>
    <message>
      <source>Report due</source>
      <translation>Verantwoording uiterlijk</translation>
    </message>
    <message>
      <source>Reports to funders due in the next {days} days, and those overdue.</source>
      <translation>Verantwoordingen aan financiers die de komende {days} dagen vervallen, en die over tijd zijn.</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>Aangevraagd</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Trekker</translation>
    </message>
    <message>
      <source>Restoring '{backup}' failed: {reason}</source>
      <translation>Het terugzetten van '{backup}' is mislukt: {reason}</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>Regeling</translation>
    </message>
    <message>
      <source>Search for at most {limit} words at a time.</source>
      <translation>Zoek op hoogstens {limit} woorden tegelijk.</translation>
    </message>
    <message>
      <source>Sheet '{sheet}', row {row}</source>
      <translation>Werkblad '{sheet}', rij {row}</translation>
    </message>
    <message>
      <source>Sheet '{sheet}', row {row}, column {column}</source>
      <translation>Werkblad '{sheet}', rij {row}, kolom {column}</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stand</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Status of the programme's records on {today}</source>
      <translation>Stand van de registratie van het programma op {today}</translation>
    </message>
    <message>
      <source>Status on {date}</source>
      <translation>Stand van {date}</translation>
    </message>
    <message>
      <source>Strategic goal</source>
      <translation>Strategisch doel</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Onderwerp</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Samenvatting</translation>
    </message>
    <message>
      <source>The Alliantie did not meet in {period}.</source>
      <translation>De Alliantie heeft in {period} niet vergaderd.</translation>
    </message>
    <message>
      <source>The agenda changed meanwhile; try again.</source>
      <translation>De agenda is intussen gewijzigd; probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The agenda has no items yet.</source>
      <translation>De agenda heeft nog geen agendapunten.</translation>
    </message>
    <message>
      <source>The attachment '{name}' cannot be read; attach it again.</source>
      <translation>De bijlage '{name}' is niet te lezen; voeg haar opnieuw toe.</translation>
    </message>
    <message>
      <source>The author</source>
      <translation>De auteur</translation>
    </message>
    <message>
      <source>The backup of the server database failed: {reason}.</source>
      <translation>De back-up van de serverdatabase is mislukt: {reason}.</translation>
    </message>
    <message>
      <source>The backup to '{target}' failed: {reason}</source>
      <translation>De back-up naar '{target}' is mislukt: {reason}</translation>
    </message>
    <message>
      <source>The box '{name}'</source>
      <translation>Het vak '{name}'</translation>
    </message>
    <message>
      <source>The box '{name}' comes from a newer version of this app; left out. Update the app and import the file again.</source>
      <translation>Het vak '{name}' komt uit een nieuwere versie van deze app; niet ingelezen. Werk de app bij en lees het bestand opnieuw in.</translation>
    </message>
    <message>
      <source>The comments on its pages were left out: the file no longer says which pages belong to which agenda item (a PDF reader removed it).</source>
      <translation>De opmerkingen op de pagina's zijn niet ingelezen: het bestand zegt niet meer welke pagina's bij welk agendapunt horen (een PDF-lezer heeft dat verwijderd).</translation>
    </message>
    <message>
      <source>The connection to the server ({where}) was lost or cannot be made: the change was not stored. Check the network and try again.</source>
      <translation>De verbinding met de server ({where}) is verbroken of komt niet tot stand: de wijziging is niet opgeslagen. Controleer het netwerk en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The copy in '{name}' differs from the source in table '{table}'; nothing was copied.</source>
      <translation>De kopie in '{name}' wijkt in tabel '{table}' af van de bron; er is niets gekopieerd.</translation>
    </message>
    <message>
      <source>The database '{target}' cannot be opened: {reason}</source>
      <translation>De database '{target}' kan niet worden geopend: {reason}</translation>
    </message>
    <message>
      <source>The database cannot be written (read-only file or folder): the change was not stored.</source>
      <translation>De database kan niet worden geschreven (alleen-lezen bestand of map): de wijziging is niet opgeslagen.</translation>
    </message>
    <message>
      <source>The database does not exist on the server ({where}). Check its name, or ask the administrator to create it.</source>
      <translation>De database bestaat niet op de server ({where}). Controleer de naam, of vraag de beheerder de database aan te maken.</translation>
    </message>
    <message>
      <source>The database file cannot be opened (missing, or no access to its folder).</source>
      <translation>Het databasebestand kan niet worden geopend (het ontbreekt, of de map is niet toegankelijk).</translation>
    </message>
    <message>
      <source>The database file is damaged or unreadable: the change was not stored. Restore a backup.</source>
      <translation>Het databasebestand is beschadigd of onleesbaar: de wijziging is niet opgeslagen. Zet een back-up terug.</translation>
    </message>
    <message>
      <source>The database is busy with another operation (another program or window is saving): the change was not stored. Try again in a moment.</source>
      <translation>De database is bezig met een andere bewerking (een ander programma of venster slaat iets op): de wijziging is niet opgeslagen. Probeer het zo opnieuw.</translation>
    </message>
    <message>
      <source>The database on the server has schema {revision}, this app expects {head}; it can only be opened by a role that may upgrade it, or by a newer version of the app.</source>
      <translation>De database op de server heeft schema {revision}, deze app verwacht {head}; ze kan alleen worden geopend door een rol die haar mag bijwerken, of door een nieuwere versie van de app.</translation>
    </message>
    <message>
      <source>The database reported an error; the change was not stored ({reason}).</source>
      <translation>De database meldde een fout; de wijziging is niet opgeslagen ({reason}).</translation>
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
      <source>The disk is full: '{path}' was not written. Make room and try again.</source>
      <translation>De schijf is vol: '{path}' is niet geschreven. Maak ruimte en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The disk is full: the change was not stored. Make room and try again.</source>
      <translation>De schijf is vol: de wijziging is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
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
      <translation>Het exporteren is afgebroken.</translation>
    </message>
    <message>
      <source>The file '{path}' does not exist.</source>
      <translation>Het bestand '{path}' bestaat niet.</translation>
    </message>
    <message>
      <source>The file holds no figures below its header; nothing was imported.</source>
      <translation>Het bestand bevat onder de kopregel geen cijfers; er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>The file is empty; nothing was imported.</source>
      <translation>Het bestand is leeg; er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>The file name</source>
      <translation>De bestandsnaam</translation>
    </message>
    <message>
      <source>The folder '{folder}' does not exist.</source>
      <translation>De map '{folder}' bestaat niet.</translation>
    </message>
    <message>
      <source>The folder '{path}' already holds an export; it was left as it was.</source>
      <translation>De map '{path}' bevat al een export; die is gelaten zoals hij was.</translation>
    </message>
    <message>
      <source>The folder '{path}' is not empty; choose an empty or a new folder for the export.</source>
      <translation>De map '{path}' is niet leeg; kies een lege of een nieuwe map voor de export.</translation>
    </message>
    <message>
      <source>The meeting '{title}' was changed by someone else since the preview; read the file again. Nothing was imported.</source>
      <translation>De vergadering '{title}' is na het voorbeeld door iemand anders gewijzigd; lees het bestand opnieuw in. Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>The milestones for this meeting: those linked to it or to its agenda items, those overdue, and those due up to {date}. The programme has {total} in all.</source>
      <translation>De mijlpalen voor deze vergadering: die aan de vergadering of haar agendapunten gekoppeld zijn, die over tijd zijn en die uiterlijk {date} vallen. Het programma telt er {total} in totaal.</translation>
    </message>
    <message>
      <source>The most recent Alliantie meetings its people were invited to.</source>
      <translation>De laatste Alliantievergaderingen waarvoor haar mensen waren uitgenodigd.</translation>
    </message>
    <message>
      <source>The name</source>
      <translation>De naam</translation>
    </message>
    <message>
      <source>The name of a component</source>
      <translation>De naam van een onderdeel</translation>
    </message>
    <message>
      <source>The name of the body</source>
      <translation>De naam van het orgaan</translation>
    </message>
    <message>
      <source>The programme as a whole</source>
      <translation>Het programma als geheel</translation>
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
      <source>The search text is too long ({count} characters); use at most {limit}.</source>
      <translation>De zoektekst is te lang ({count} tekens); gebruik er hoogstens {limit}.</translation>
    </message>
    <message>
      <source>The server ({where}) refused the connection: {reason}</source>
      <translation>De server ({where}) weigert de verbinding: {reason}</translation>
    </message>
    <message>
      <source>The server at {where} refused the user name or password. Check them, or the password in your .pgpass file.</source>
      <translation>De server ({where}) weigert de gebruikersnaam of het wachtwoord. Controleer ze, of het wachtwoord in uw .pgpass-bestand.</translation>
    </message>
    <message>
      <source>The server cancelled the operation (it took too long): nothing was stored.</source>
      <translation>De server heeft de bewerking afgebroken (die duurde te lang): er is niets opgeslagen.</translation>
    </message>
    <message>
      <source>The server reported an error; the change was not stored ({reason}).</source>
      <translation>De server meldde een fout; de wijziging is niet opgeslagen ({reason}).</translation>
    </message>
    <message>
      <source>The server runs PostgreSQL {version}; the app needs version {minimum} or newer.</source>
      <translation>De server draait PostgreSQL {version}; de app heeft versie {minimum} of nieuwer nodig.</translation>
    </message>
    <message>
      <source>The server's disk is full: the change was not stored.</source>
      <translation>De schijf van de server is vol: de wijziging is niet opgeslagen.</translation>
    </message>
    <message>
      <source>The source</source>
      <translation>De bron</translation>
    </message>
    <message>
      <source>The source '{name}' does not exist; nothing was copied.</source>
      <translation>De bron '{name}' bestaat niet; er is niets gekopieerd.</translation>
    </message>
    <message>
      <source>The source and the target are the same database; nothing was copied.</source>
      <translation>Bron en doel zijn dezelfde database; er is niets gekopieerd.</translation>
    </message>
    <message>
      <source>The start time is not yet known.</source>
      <translation>Aanvangstijd nog niet bekend.</translation>
    </message>
    <message>
      <source>The stored copy of '{name}' is damaged (hash differs).</source>
      <translation>De opgeslagen kopie van '{name}' is beschadigd (hash wijkt af).</translation>
    </message>
    <message>
      <source>The text holds a character that cannot be stored (a broken character, for instance from a damaged file); nothing was stored.</source>
      <translation>De tekst bevat een teken dat niet kan worden opgeslagen (een beschadigd teken, bijvoorbeeld uit een beschadigd bestand); er is niets opgeslagen.</translation>
    </message>
    <message>
      <source>The text of a decision point</source>
      <translation>De tekst van een beslispunt</translation>
    </message>
    <message>
      <source>The title</source>
      <translation>De titel</translation>
    </message>
    <message>
      <source>The title '{title}…' is longer than {limit} characters.</source>
      <translation>De titel '{title}…' is langer dan {limit} tekens.</translation>
    </message>
    <message>
      <source>The title of a report moment may not be empty.</source>
      <translation>De titel van een verantwoordingsmoment mag niet leeg zijn.</translation>
    </message>
    <message>
      <source>The unit</source>
      <translation>De eenheid</translation>
    </message>
    <message>
      <source>The year {year} appears twice.</source>
      <translation>Het jaar {year} staat er twee keer in.</translation>
    </message>
    <message>
      <source>There already is an indicator '{name}'.</source>
      <translation>Er is al een indicator '{name}'.</translation>
    </message>
    <message>
      <source>There are no open actions.</source>
      <translation>Er staan geen actiepunten open.</translation>
    </message>
    <message>
      <source>There is already a regime named '{name}'; choose another name.</source>
      <translation>Er is al een regime met de naam '{name}'; kies een andere naam.</translation>
    </message>
    <message>
      <source>There is nothing to show for {organisation}: no open actions, no agenda items in coming meetings, no decisions that gave it work, no recorded attendance and no initiatives it is responsible for.</source>
      <translation>Er is niets te tonen voor {organisation}: geen openstaande actiepunten, geen agendapunten in komende vergaderingen, geen besluiten die werk opleverden, geen vastgelegde aanwezigheid en geen initiatieven waarvoor zij verantwoordelijk is.</translation>
    </message>
    <message>
      <source>These attachments have not been made accessible (they are PDFs without tags): a screen reader says only their name and page number. So this document does not claim PDF/UA-1; the rest of it is tagged.</source>
      <translation>Deze bijlagen zijn niet toegankelijk gemaakt (het zijn PDF's zonder tags): een schermlezer noemt alleen hun naam en paginanummer. Daarom claimt dit document geen PDF/UA-1; de rest ervan is wel getagd.</translation>
    </message>
    <message>
      <source>This database holds no programme.</source>
      <translation>Deze database bevat geen programma.</translation>
    </message>
    <message>
      <source>This database must be upgraded before it can be read; close the other window first.</source>
      <translation>Deze database moet eerst worden bijgewerkt voordat hij gelezen kan worden; sluit eerst het andere venster.</translation>
    </message>
    <message>
      <source>This database on the server belongs to another application; it was not changed.</source>
      <translation>Deze database op de server is van een andere toepassing; er is niets aan veranderd.</translation>
    </message>
    <message>
      <source>This database was made by a newer version of the app (schema {revision}); update the app to open it. The file was not changed.</source>
      <translation>Deze database is gemaakt door een nieuwere versie van de app (schema {revision}); werk de app bij om hem te openen. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
      <source>This document is a tagged PDF (PDF/UA-1): headings, lists, tables, the descriptions of the charts and the reading order are there for screen readers.</source>
      <translation>Dit document is een getagde PDF (PDF/UA-1): koppen, lijsten, tabellen, de beschrijvingen van de grafieken en de leesvolgorde zijn er voor schermlezers.</translation>
    </message>
    <message>
      <source>This file is a database of another application; it was not changed.</source>
      <translation>Dit bestand is een database van een andere toepassing; het is niet gewijzigd.</translation>
    </message>
    <message>
      <source>This number is too large.</source>
      <translation>Dit getal is te groot.</translation>
    </message>
    <message>
      <source>This record no longer exists.</source>
      <translation>Dit record bestaat niet meer.</translation>
    </message>
    <message>
      <source>This record was changed by someone else after you opened it; your change was not stored.</source>
      <translation>Iemand anders heeft dit gegeven gewijzigd nadat u het opende; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
      <source>This record was deleted by someone else after you opened it; your change was not stored.</source>
      <translation>Iemand anders heeft dit gegeven verwijderd nadat u het opende; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
      <source>This window is read-only: the database is open in another window. The change was not stored.</source>
      <translation>Dit venster is alleen-lezen: de database is in een ander venster geopend. De wijziging is niet opgeslagen.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tijd</translation>
    </message>
    <message>
      <source>Timeline of {count} milestones</source>
      <translation>Tijdlijn van {count} mijlpalen</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <source>Total requested {requested} · granted {granted}</source>
      <translation>Totaal aangevraagd {requested} · toegekend {granted}</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>Spoor</translation>
    </message>
    <message>
      <source>Type a word to search for: letters or digits; signs such as " * ( ) do not count.</source>
      <translation>Typ een woord om te zoeken: letters of cijfers; tekens als " * ( ) tellen niet mee.</translation>
    </message>
    <message>
      <source>Type your remarks in the boxes under each agenda item and proposed decision, fill in your name below, save the file and send it back. A note or a highlight with a comment on a page reaches us as well.</source>
      <translation>Typ uw opmerkingen in de vakken onder elk agendapunt en beslispunt, vul hieronder uw naam in, bewaar het bestand en stuur het terug. Een notitie of een markering met opmerking op een pagina komt ook aan.</translation>
    </message>
    <message>
      <source>Under each pillar's charts are their figures: for each indicator the latest years that fit across the page; its chart shows the whole course.</source>
      <translation>Onder de grafieken van elke pijler staan hun cijfers: per indicator de laatste jaren die op de breedte van de pagina passen; de grafiek toont het hele verloop.</translation>
    </message>
    <message>
      <source>Unknown document '{what}'.</source>
      <translation>Onbekend document '{what}'.</translation>
    </message>
    <message>
      <source>Unknown kind of import '{what}'.</source>
      <translation>Onbekend soort import '{what}'.</translation>
    </message>
    <message>
      <source>What {organisation} has to do in the programme, status on {today}</source>
      <translation>Wat {organisation} te doen heeft in het programma, stand op {today}</translation>
    </message>
    <message>
      <source>Whole amounts of the funding lines that run in {period} or whose period is not recorded; – : no amount recorded.</source>
      <translation>Volledige bedragen van de regelingen die in {period} lopen of waarvan de looptijd niet is vastgelegd; – : geen bedrag vastgelegd.</translation>
    </message>
    <message>
      <source>Without a command the app opens on the default database.</source>
      <translation>Zonder opdracht opent de app op de standaarddatabase.</translation>
    </message>
    <message>
      <source>Without a pillar</source>
      <translation>Zonder pijler</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Geschreven: {path}</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Jaar</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Uw naam</translation>
    </message>
    <message>
      <source>Your remark on item {number}</source>
      <translation>Uw opmerking bij agendapunt {number}</translation>
    </message>
    <message>
      <source>Your remark on proposed decision {point}</source>
      <translation>Uw opmerking bij beslispunt {point}</translation>
    </message>
    <message>
      <source>Your role on the server may not do this (no rights): the change was not stored.</source>
      <translation>Uw rol op de server mag dit niet (geen rechten): de wijziging is niet opgeslagen.</translation>
    </message>
    <message>
      <source>a recurring series cannot be expanded: {reason}</source>
      <translation>een terugkerende reeks kan niet worden uitgerekend: {reason}</translation>
    </message>
    <message>
      <source>a required value is missing</source>
      <translation>een verplichte waarde ontbreekt</translation>
    </message>
    <message>
      <source>a value of the wrong kind</source>
      <translation>een waarde van de verkeerde soort</translation>
    </message>
    <message>
      <source>accountability regimes</source>
      <translation>verantwoordingsregimes</translation>
    </message>
    <message>
      <source>actions</source>
      <translation>actiepunten</translation>
    </message>
    <message>
      <source>actions overdue</source>
      <translation>actiepunten over tijd</translation>
    </message>
    <message>
      <source>add fields for remarks</source>
      <translation>velden voor opmerkingen toevoegen</translation>
    </message>
    <message>
      <source>agenda items</source>
      <translation>agendapunten</translation>
    </message>
    <message>
      <source>all meetings (ics)</source>
      <translation>alle vergaderingen (ics)</translation>
    </message>
    <message>
      <source>amount not known yet</source>
      <translation>bedrag nog onbekend</translation>
    </message>
    <message>
      <source>another record already has this value</source>
      <translation>een ander record heeft al deze waarde</translation>
    </message>
    <message>
      <source>as JSON</source>
      <translation>als JSON</translation>
    </message>
    <message>
      <source>attachments</source>
      <translation>bijlagen</translation>
    </message>
    <message>
      <source>attendees</source>
      <translation>aanwezigen</translation>
    </message>
    <message>
      <source>author of the imported remarks</source>
      <translation>auteur van de geïmporteerde opmerkingen</translation>
    </message>
    <message>
      <source>body</source>
      <translation>orgaan</translation>
    </message>
    <message>
      <source>cancelled in the calendar; the app has no cancelled meetings, so it was left out</source>
      <translation>geannuleerd in de agenda; de app kent geen geannuleerde vergaderingen, dus overgeslagen</translation>
    </message>
    <message>
      <source>cell {cell} of sheet '{sheet}' holds a formula; import values only (copy the sheet and paste it as values). Nothing was imported.</source>
      <translation>cel {cell} van werkblad '{sheet}' bevat een formule; importeer alleen waarden (kopieer het blad en plak het als waarden). Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>chair</source>
      <translation>voorzitter</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>gewijzigd</translation>
    </message>
    <message>
      <source>changes in the history</source>
      <translation>wijzigingen in de geschiedenis</translation>
    </message>
    <message>
      <source>column '{column}': {reason}</source>
      <translation>kolom '{column}': {reason}</translation>
    </message>
    <message>
      <source>commands</source>
      <translation>opdrachten</translation>
    </message>
    <message>
      <source>components of initiatives</source>
      <translation>onderdelen van inspanningen</translation>
    </message>
    <message>
      <source>confidential</source>
      <translation>vertrouwelijk</translation>
    </message>
    <message>
      <source>confidential agenda item</source>
      <translation>vertrouwelijk agendapunt</translation>
    </message>
    <message>
      <source>copy the whole programme to another database (file or server)</source>
      <translation>het hele programma kopiëren naar een andere database (bestand of server)</translation>
    </message>
    <message>
      <source>created</source>
      <translation>aangemaakt</translation>
    </message>
    <message>
      <source>database file or SQLAlchemy URL</source>
      <translation>databasebestand of SQLAlchemy-URL</translation>
    </message>
    <message>
      <source>date</source>
      <translation>datum</translation>
    </message>
    <message>
      <source>decision pending</source>
      <translation>besluit volgt</translation>
    </message>
    <message>
      <source>decision points</source>
      <translation>beslispunten</translation>
    </message>
    <message>
      <source>decisions</source>
      <translation>besluiten</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>verwijderd</translation>
    </message>
    <message>
      <source>deviates from the regime</source>
      <translation>wijkt af van het regime</translation>
    </message>
    <message>
      <source>direction not yet set</source>
      <translation>richting nog niet vastgesteld</translation>
    </message>
    <message>
      <source>direction unknown — set it</source>
      <translation>richting onbekend — stel in</translation>
    </message>
    <message>
      <source>due soon</source>
      <translation>binnenkort</translation>
    </message>
    <message>
      <source>end time</source>
      <translation>eindtijd</translation>
    </message>
    <message>
      <source>ends on another day; the end time was left out</source>
      <translation>eindigt op een andere dag; de eindtijd is weggelaten</translation>
    </message>
    <message>
      <source>export PDF documents or the whole store</source>
      <translation>PDF-documenten of alle gegevens exporteren</translation>
    </message>
    <message>
      <source>figures of indicators</source>
      <translation>cijfers van indicatoren</translation>
    </message>
    <message>
      <source>for ori: a folder</source>
      <translation>bij ori: een map</translation>
    </message>
    <message>
      <source>funding lines</source>
      <translation>financieringsregels</translation>
    </message>
    <message>
      <source>goals</source>
      <translation>doelen</translation>
    </message>
    <message>
      <source>granted</source>
      <translation>toegekend</translation>
    </message>
    <message>
      <source>highest {value} in {year}</source>
      <translation>hoogste {value} in {year}</translation>
    </message>
    <message>
      <source>import an exchange file, remarks or figures</source>
      <translation>een uitwisselbestand, opmerkingen of cijfers importeren</translation>
    </message>
    <message>
      <source>include confidential items, marked on every page (partner)</source>
      <translation>vertrouwelijke punten opnemen, gemarkeerd op elke pagina (partner)</translation>
    </message>
    <message>
      <source>indicators</source>
      <translation>indicatoren</translation>
    </message>
    <message>
      <source>initiatives</source>
      <translation>inspanningen</translation>
    </message>
    <message>
      <source>it has been cancelled</source>
      <translation>hij is vervallen</translation>
    </message>
    <message>
      <source>it has been reached</source>
      <translation>hij is al bereikt</translation>
    </message>
    <message>
      <source>it is linked to a meeting, agenda item, goal or decision</source>
      <translation>hij is gekoppeld aan een vergadering, agendapunt, doel of besluit</translation>
    </message>
    <message>
      <source>it was edited by hand</source>
      <translation>hij is met de hand gewijzigd</translation>
    </message>
    <message numerus="yes">
      <source>its recurring series give more than %n meetings in the period</source>
      <translation>
        <numerusform>de terugkerende reeksen erin geven meer dan %n vergadering in de periode</numerusform>
        <numerusform>de terugkerende reeksen erin geven meer dan %n vergaderingen in de periode</numerusform>
      </translation>
    </message>
    <message>
      <source>language of the app</source>
      <translation>taal van de app</translation>
    </message>
    <message>
      <source>late</source>
      <translation>over tijd</translation>
    </message>
    <message>
      <source>leave out confidential items</source>
      <translation>vertrouwelijke agendapunten weglaten</translation>
    </message>
    <message>
      <source>line {line}: END:{name} where END:{expected} was expected</source>
      <translation>regel {line}: END:{name} waar END:{expected} verwacht werd</translation>
    </message>
    <message>
      <source>lines without an amount: {count}</source>
      <translation>aanvragen zonder bedrag: {count}</translation>
    </message>
    <message>
      <source>links of agenda items to goals</source>
      <translation>koppelingen van agendapunten aan doelen</translation>
    </message>
    <message>
      <source>links of agenda items to initiatives</source>
      <translation>koppelingen van agendapunten aan inspanningen</translation>
    </message>
    <message>
      <source>links of agenda items to milestones</source>
      <translation>koppelingen van agendapunten aan mijlpalen</translation>
    </message>
    <message>
      <source>list records</source>
      <translation>records tonen</translation>
    </message>
    <message>
      <source>location</source>
      <translation>locatie</translation>
    </message>
    <message>
      <source>lowest {value} in {year}</source>
      <translation>laagste {value} in {year}</translation>
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
      <source>meetings</source>
      <translation>vergaderingen</translation>
    </message>
    <message>
      <source>merge by UUID into a database that is not empty</source>
      <translation>samenvoegen op UUID in een database die niet leeg is</translation>
    </message>
    <message>
      <source>milestones</source>
      <translation>mijlpalen</translation>
    </message>
    <message>
      <source>milestones overdue</source>
      <translation>mijlpalen over tijd</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>ontbreekt</translation>
    </message>
    <message>
      <source>next meeting</source>
      <translation>volgende vergadering</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <source>no figures</source>
      <translation>geen cijfers</translation>
    </message>
    <message>
      <source>no figures up to {year}</source>
      <translation>geen cijfers tot en met {year}</translation>
    </message>
    <message>
      <source>none planned</source>
      <translation>geen gepland</translation>
    </message>
    <message>
      <source>not a finite number</source>
      <translation>geen eindig getal</translation>
    </message>
    <message>
      <source>not a number</source>
      <translation>geen getal</translation>
    </message>
    <message>
      <source>not a whole number</source>
      <translation>geen geheel getal</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>niet vastgelegd</translation>
    </message>
    <message>
      <source>not text</source>
      <translation>geen tekst</translation>
    </message>
    <message>
      <source>number {number}</source>
      <translation>nummer {number}</translation>
    </message>
    <message>
      <source>on proposed decision {point}</source>
      <translation>bij beslispunt {point}</translation>
    </message>
    <message>
      <source>open actions</source>
      <translation>open actiepunten</translation>
    </message>
    <message>
      <source>open the app (the default)</source>
      <translation>de app openen (standaard)</translation>
    </message>
    <message>
      <source>organisation (partner)</source>
      <translation>organisatie (partner)</translation>
    </message>
    <message>
      <source>organisations</source>
      <translation>organisaties</translation>
    </message>
    <message>
      <source>other ({count})</source>
      <translation>overige ({count})</translation>
    </message>
    <message>
      <source>other initiatives ({count})</source>
      <translation>overige inspanningen ({count})</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>verlopen</translation>
    </message>
    <message>
      <source>page {page} of {pages}</source>
      <translation>pagina {page} van {pages}</translation>
    </message>
    <message>
      <source>people</source>
      <translation>personen</translation>
    </message>
    <message>
      <source>pg_dump could not back up the server database: {reason}</source>
      <translation>pg_dump kon geen back-up van de serverdatabase maken: {reason}</translation>
    </message>
    <message>
      <source>pg_restore cannot read it</source>
      <translation>pg_restore kan het niet lezen</translation>
    </message>
    <message>
      <source>pillars</source>
      <translation>pijlers</translation>
    </message>
    <message>
      <source>presenter: {name}</source>
      <translation>inleider: {name}</translation>
    </message>
    <message>
      <source>programme</source>
      <translation>programma</translation>
    </message>
    <message>
      <source>public version: without confidential items</source>
      <translation>openbare versie: zonder vertrouwelijke punten</translation>
    </message>
    <message>
      <source>refers to a record that does not exist</source>
      <translation>verwijst naar een record dat niet bestaat</translation>
    </message>
    <message>
      <source>remarks</source>
      <translation>opmerkingen</translation>
    </message>
    <message>
      <source>report moments</source>
      <translation>verantwoordingsmomenten</translation>
    </message>
    <message>
      <source>report period: a year, H1 2024 or Q3 2024</source>
      <translation>verslagperiode: een jaar, H1 2024 of Q3 2024</translation>
    </message>
    <message>
      <source>requested</source>
      <translation>aangevraagd</translation>
    </message>
    <message>
      <source>sheet '{sheet}' has merged cells ({first}:{last}); unmerge them so that every figure has a cell of its own. Nothing was imported.</source>
      <translation>werkblad '{sheet}' heeft samengevoegde cellen ({first}:{last}); maak het samenvoegen ongedaan zodat elk cijfer een eigen cel heeft. Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>sheet '{sheet}' is empty.</source>
      <translation>werkblad '{sheet}' is leeg.</translation>
    </message>
    <message>
      <source>sheet '{sheet}': {message}</source>
      <translation>werkblad '{sheet}': {message}</translation>
    </message>
    <message>
      <source>show the version number and exit</source>
      <translation>het versienummer tonen en stoppen</translation>
    </message>
    <message>
      <source>start time</source>
      <translation>aanvangstijd</translation>
    </message>
    <message>
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <source>target</source>
      <translation>doel</translation>
    </message>
    <message>
      <source>target {value}</source>
      <translation>doel {value}</translation>
    </message>
    <message>
      <source>target: the Dordrecht average</source>
      <translation>doel: het Dordts gemiddelde</translation>
    </message>
    <message>
      <source>the body</source>
      <translation>het gremium</translation>
    </message>
    <message>
      <source>the column '{column}' is empty.</source>
      <translation>de kolom '{column}' is leeg.</translation>
    </message>
    <message>
      <source>the column '{name}' appears twice.</source>
      <translation>de kolom '{name}' staat er twee keer in.</translation>
    </message>
    <message>
      <source>the comment</source>
      <translation>de opmerking</translation>
    </message>
    <message>
      <source>the database does not accept this record</source>
      <translation>de database neemt dit record niet aan</translation>
    </message>
    <message>
      <source>the database holds a newer version ({stored}) than the file ({incoming}): someone changed it after the file was made</source>
      <translation>de database bevat een nieuwere versie ({stored}) dan het bestand ({incoming}): iemand heeft het gewijzigd nadat het bestand is gemaakt</translation>
    </message>
    <message>
      <source>the database to copy</source>
      <translation>de database die gekopieerd wordt</translation>
    </message>
    <message>
      <source>the database to copy to: a new or empty one, unless --merge</source>
      <translation>de database waarnaar gekopieerd wordt: een nieuwe of lege, behalve met --merge</translation>
    </message>
    <message>
      <source>the document, or the data in a format for other software</source>
      <translation>het document, of de gegevens in een formaat voor andere software</translation>
    </message>
    <message numerus="yes">
      <source>the file holds more than %n events; export only the meetings' calendar</source>
      <translation>
        <numerusform>het bestand bevat meer dan %n afspraak; exporteer alleen de agenda met de vergaderingen</numerusform>
        <numerusform>het bestand bevat meer dan %n afspraken; exporteer alleen de agenda met de vergaderingen</numerusform>
      </translation>
    </message>
    <message>
      <source>the file holds this record twice</source>
      <translation>dit record staat twee keer in het bestand</translation>
    </message>
    <message>
      <source>the file is cut short</source>
      <translation>het bestand is afgekapt</translation>
    </message>
    <message>
      <source>the file is not a pg_dump archive</source>
      <translation>het bestand is geen pg_dump-archief</translation>
    </message>
    <message>
      <source>the file is not a valid iCalendar file ({reason})</source>
      <translation>het bestand is geen geldig iCalendar-bestand ({reason})</translation>
    </message>
    <message>
      <source>the file is not there after writing</source>
      <translation>het bestand is er na het schrijven niet</translation>
    </message>
    <message>
      <source>the files to import</source>
      <translation>de bestanden om te importeren</translation>
    </message>
    <message>
      <source>the header lacks {columns}; write {header} as the first line.</source>
      <translation>de kopregel mist {columns}; zet {header} op de eerste regel.</translation>
    </message>
    <message>
      <source>the highlight</source>
      <translation>de markering</translation>
    </message>
    <message>
      <source>the indicator has no name.</source>
      <translation>de indicator heeft geen naam.</translation>
    </message>
    <message>
      <source>the line '{line}' is not an iCalendar line</source>
      <translation>de regel '{line}' is geen iCalendar-regel</translation>
    </message>
    <message>
      <source>the name is longer than {limit} characters.</source>
      <translation>de naam is langer dan {limit} tekens.</translation>
    </message>
    <message>
      <source>the note</source>
      <translation>de notitie</translation>
    </message>
    <message>
      <source>the number {value} is out of range</source>
      <translation>het getal {value} valt buiten het bereik</translation>
    </message>
    <message>
      <source>the record breaks a rule of the table</source>
      <translation>het record voldoet niet aan een regel van de tabel</translation>
    </message>
    <message>
      <source>the server</source>
      <translation>de server</translation>
    </message>
    <message>
      <source>the text box</source>
      <translation>het tekstvak</translation>
    </message>
    <message>
      <source>the text holds a character that is not valid Unicode</source>
      <translation>de tekst bevat een teken dat geen geldige Unicode is</translation>
    </message>
    <message>
      <source>the time zone '{zone}' of {property} is unknown</source>
      <translation>de tijdzone '{zone}' van {property} is onbekend</translation>
    </message>
    <message>
      <source>the workbook cannot be read ({reason}). Nothing was imported.</source>
      <translation>de werkmap kan niet worden gelezen ({reason}). Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>the workbook has no sheets. Nothing was imported.</source>
      <translation>de werkmap heeft geen werkbladen. Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>the workbook is protected with a password; save a copy without password and import that. Nothing was imported.</source>
      <translation>de werkmap is beveiligd met een wachtwoord; sla een kopie zonder wachtwoord op en importeer die. Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>this is not a spreadsheet but a text file (CSV?); give it the extension .csv and import it again. Nothing was imported.</source>
      <translation>dit is geen spreadsheet maar een tekstbestand (CSV?); geef het de extensie .csv en importeer het opnieuw. Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>this is not a spreadsheet that the app can read. Nothing was imported.</source>
      <translation>dit is geen spreadsheet die de app kan lezen. Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>this is not an iCalendar file (no BEGIN:VCALENDAR)</source>
      <translation>dit is geen iCalendar-bestand (BEGIN:VCALENDAR ontbreekt)</translation>
    </message>
    <message>
      <source>title</source>
      <translation>titel</translation>
    </message>
    <message>
      <source>today</source>
      <translation>vandaag</translation>
    </message>
    <message>
      <source>unknown column '{name}'; the header is {header}.</source>
      <translation>onbekende kolom '{name}'; de kopregel is {header}.</translation>
    </message>
    <message>
      <source>unknown field</source>
      <translation>onbekend veld</translation>
    </message>
    <message>
      <source>unknown funder</source>
      <translation>onbekende financier</translation>
    </message>
    <message>
      <source>what the files hold</source>
      <translation>wat de bestanden bevatten</translation>
    </message>
    <message>
      <source>what to list, or search</source>
      <translation>wat u wilt zien, of zoeken</translation>
    </message>
    <message>
      <source>what to search for</source>
      <translation>waarnaar gezocht wordt</translation>
    </message>
    <message>
      <source>with {digits} digits</source>
      <translation>van {digits} cijfers</translation>
    </message>
    <message>
      <source>write a backup of the database</source>
      <translation>een back-up van de database maken</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>{column} (sort date)</source>
      <translation>{column} (sorteerdatum)</translation>
    </message>
    <message>
      <source>{count} boxes imported before are empty now; their remarks were kept as they were (delete them in the meeting if that was meant).</source>
      <translation>{count} eerder ingelezen vakken zijn nu leeg; de opmerkingen zijn bewaard zoals ze waren (verwijder ze bij de vergadering als dat de bedoeling was).</translation>
    </message>
    <message>
      <source>{count} fields where the header has {expected}.</source>
      <translation>{count} velden, terwijl de kopregel er {expected} heeft.</translation>
    </message>
    <message>
      <source>{count} files</source>
      <translation>{count} bestanden</translation>
    </message>
    <message>
      <source>{count} general remarks on the meeting (from pages of no agenda item).</source>
      <translation>{count} algemene opmerkingen bij de vergadering (van pagina's zonder agendapunt).</translation>
    </message>
    <message>
      <source>{count} highlights without a comment were left out.</source>
      <translation>{count} markeringen zonder opmerking zijn niet ingelezen.</translation>
    </message>
    <message>
      <source>{count} milestones</source>
      <translation>{count} mijlpalen</translation>
    </message>
    <message>
      <source>{count} milestones from {first} to {last}: {statuses}</source>
      <translation>{count} mijlpalen van {first} tot {last}: {statuses}</translation>
    </message>
    <message>
      <source>{count} remarks</source>
      <translation>{count} opmerkingen</translation>
    </message>
    <message>
      <source>{count} remarks had been imported before and are unchanged.</source>
      <translation>{count} opmerkingen waren al eerder ingelezen en zijn niet veranderd.</translation>
    </message>
    <message>
      <source>{difference} higher than the Dordrecht average</source>
      <translation>{difference} hoger dan het Dordts gemiddelde</translation>
    </message>
    <message>
      <source>{difference} less favourable than the Dordrecht average</source>
      <translation>{difference} ongunstiger dan het Dordts gemiddelde</translation>
    </message>
    <message>
      <source>{difference} lower than the Dordrecht average</source>
      <translation>{difference} lager dan het Dordts gemiddelde</translation>
    </message>
    <message>
      <source>{difference} more favourable than the Dordrecht average</source>
      <translation>{difference} gunstiger dan het Dordts gemiddelde</translation>
    </message>
    <message>
      <source>{document} of the meeting of {body} on {date}</source>
      <translation>{document} van de vergadering van {body} op {date}</translation>
    </message>
    <message>
      <source>{dordt_west} against {dordrecht}</source>
      <translation>{dordt_west} tegen {dordrecht}</translation>
    </message>
    <message>
      <source>{due} (overdue)</source>
      <translation>{due} (over de termijn)</translation>
    </message>
    <message>
      <source>{favourable} favourable, {average} around the average, {unfavourable} unfavourable</source>
      <translation>{favourable} gunstig, {average} rond het gemiddelde, {unfavourable} ongunstig</translation>
    </message>
    <message>
      <source>{field} cut to {limit} characters</source>
      <translation>{field} ingekort tot {limit} tekens</translation>
    </message>
    <message>
      <source>{figures}: equal to the Dordrecht average</source>
      <translation>{figures}: gelijk aan het Dordts gemiddelde</translation>
    </message>
    <message>
      <source>{file}: {message}</source>
      <translation>{file}: {message}</translation>
    </message>
    <message>
      <source>{file}: {summary}</source>
      <translation>{file}: {summary}</translation>
    </message>
    <message>
      <source>{kind} on page {page}</source>
      <translation>{kind} op pagina {page}</translation>
    </message>
    <message>
      <source>{minutes} min.</source>
      <translation>{minutes} min.</translation>
    </message>
    <message>
      <source>{name} is already on the attendee list.</source>
      <translation>{name} staat al op de presentielijst.</translation>
    </message>
    <message>
      <source>{name}: requested {requested}, granted {granted}</source>
      <translation>{name}: aangevraagd {requested}, toegekend {granted}</translation>
    </message>
    <message>
      <source>{number} percentage points</source>
      <translation>{number} procentpunt</translation>
    </message>
    <message>
      <source>{path}: {counts}.</source>
      <translation>{path}: {counts}.</translation>
    </message>
    <message>
      <source>{place}: {message} Nothing was imported.</source>
      <translation>{place}: {message} Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>{problem} Nothing was imported.</source>
      <translation>{problem} Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>{property} cannot be read: {reason}</source>
      <translation>{property} is onleesbaar: {reason}</translation>
    </message>
    <message>
      <source>{remarks} imported from {files}: {added} new, {updated} changed.</source>
      <translation>{remarks} ingelezen uit {files}: {added} nieuw, {updated} gewijzigd.</translation>
    </message>
    <message>
      <source>{rows} figures of {indicators} indicators imported ({added} new, {updated} replaced).</source>
      <translation>{rows} cijfers van {indicators} indicatoren geïmporteerd ({added} nieuw, {updated} vervangen).</translation>
    </message>
    <message>
      <source>{series} from {first} in {first_year} to {last} in {last_year}</source>
      <translation>{series} van {first} in {first_year} naar {last} in {last_year}</translation>
    </message>
    <message>
      <source>{series} {value} in {year}</source>
      <translation>{series} {value} in {year}</translation>
    </message>
    <message>
      <source>{series} {value} throughout</source>
      <translation>{series} steeds {value}</translation>
    </message>
    <message>
      <source>{status}, overdue</source>
      <translation>{status}, over tijd</translation>
    </message>
    <message>
      <source>{title}: the {shown} largest of {count}</source>
      <translation>{title}: de {shown} grootste van {count}</translation>
    </message>
    <message>
      <source>{what} is longer than {limit} characters.</source>
      <translation>{what} is langer dan {limit} tekens.</translation>
    </message>
    <message>
      <source>{what} may not be empty.</source>
      <translation>{what} mag niet leeg zijn.</translation>
    </message>
    <message>
      <source>{what}: that agenda item has been deleted since; left out.</source>
      <translation>{what}: dat agendapunt is inmiddels verwijderd; niet ingelezen.</translation>
    </message>
    <message>
      <source>{what}: that proposed decision has been deleted since; the remark is placed on item {item}.</source>
      <translation>{what}: dat beslispunt is inmiddels verwijderd; de opmerking staat nu bij agendapunt {item}.</translation>
    </message>
    <message>
      <source>{what}: the box belongs to another meeting; left out.</source>
      <translation>{what}: het vak hoort bij een andere vergadering; niet ingelezen.</translation>
    </message>
    <message>
      <source>{year} is not a plausible year.</source>
      <translation>{year} is geen aannemelijk jaar.</translation>
    </message>
    <message>
      <source>{year}: {words}</source>
      <translation>{year}: {words}</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more; the app holds the full list.</source>
      <translation>
        <numerusform>… en nog %n; de volledige lijst staat in de app.</numerusform>
        <numerusform>… en nog %n; de volledige lijst staat in de app.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>filename</name>
    <message>
      <source>agenda</source>
      <translation>agenda</translation>
    </message>
    <message>
      <source>briefing-pack</source>
      <translation>vergaderstukken</translation>
    </message>
    <message>
      <source>confidential</source>
      <translation>vertrouwelijk</translation>
    </message>
    <message>
      <source>dashboard</source>
      <translation>dashboard</translation>
    </message>
    <message>
      <source>decision-list</source>
      <translation>besluitenlijst</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>concept</translation>
    </message>
    <message>
      <source>fillable</source>
      <translation>invulbaar</translation>
    </message>
    <message>
      <source>ori</source>
      <translation>ori</translation>
    </message>
    <message>
      <source>partner-overview</source>
      <translation>partneroverzicht</translation>
    </message>
    <message>
      <source>progress-report</source>
      <translation>voortgangsrapportage</translation>
    </message>
    <message>
      <source>public</source>
      <translation>openbaar</translation>
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
    <name>label.Assessment</name>
    <message>
      <source>around the average</source>
      <translation>rond het gemiddelde</translation>
    </message>
    <message>
      <source>favourable</source>
      <translation>gunstig</translation>
    </message>
    <message>
      <source>unfavourable</source>
      <translation>ongunstig</translation>
    </message>
    <message>
      <source>very favourable</source>
      <translation>zeer gunstig</translation>
    </message>
    <message>
      <source>very unfavourable</source>
      <translation>zeer ongunstig</translation>
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
      <source>funder</source>
      <translation>Financier</translation>
    </message>
    <message>
      <source>other</source>
      <translation>ander orgaan</translation>
    </message>
  </context>
  <context>
    <name>label.Direction</name>
    <message>
      <source>direction unknown</source>
      <translation>richting onbekend</translation>
    </message>
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
    <name>label.MilestoneKind</name>
    <message>
      <source>accountability</source>
      <translation>verantwoording</translation>
    </message>
    <message>
      <source>general</source>
      <translation>algemeen</translation>
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
    <name>label.MomentRule</name>
    <message>
      <source>every N months</source>
      <translation>elke N maanden</translation>
    </message>
    <message>
      <source>months after the end</source>
      <translation>maanden na het einde</translation>
    </message>
    <message>
      <source>on a date</source>
      <translation>op een datum</translation>
    </message>
    <message>
      <source>yearly, in the next year</source>
      <translation>jaarlijks, in het jaar erna</translation>
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
    <name>label.Trend</name>
    <message>
      <source>improving</source>
      <translation>verbetert</translation>
    </message>
    <message>
      <source>stable</source>
      <translation>stabiel</translation>
    </message>
    <message>
      <source>worsening</source>
      <translation>verslechtert</translation>
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
  <context>
    <name>search</name>
    <message>
      <source>Actions</source>
      <translation>Acties</translation>
    </message>
    <message>
      <source>Agenda items</source>
      <translation>Agendapunten</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Bijlagen</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>Besluiten</translation>
    </message>
    <message>
      <source>Funding lines</source>
      <translation>Financiering</translation>
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
      <source>Meetings</source>
      <translation>Vergaderingen</translation>
    </message>
    <message>
      <source>Milestones</source>
      <translation>Mijlpalen</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Opmerkingen</translation>
    </message>
  </context>
</TS>
