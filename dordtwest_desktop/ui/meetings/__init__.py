"""The meetings screens: list, agenda editor, attendees, decisions, remarks and actions."""

from dordtwest_desktop.ui.meetings.meetings_view import MeetingsView

__all__ = ["MeetingsView"]
