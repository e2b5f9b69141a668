"""File → Connect to server…: the connection is tried in the dialog, remembered without password."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from dordtwest_desktop.services.storage import open_store
from dordtwest_desktop.ui import startup
from dordtwest_desktop.ui.app import Running
from dordtwest_desktop.ui.dialogs.server_connect import ServerDialog
from dordtwest_desktop.ui.settings import Settings
from tests.conftest import pg_url
from tests.pg_server import PASSWORD
from tests.ui.test_meeting_support import make_window


def _fill(dialog: ServerDialog, cluster, database: str, password: str) -> None:
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(cluster.port)
    dialog.database.setText(database)
    dialog.user.setText("postgres")
    dialog.password.setText(password)


def test_a_wrong_password_is_said_in_the_dialog_and_nothing_is_lost(
    qtbot, store, tmp_path, pg_cluster, pg_template
):
    window = make_window(qtbot, store, tmp_path)
    dialog = window.connect_to_server()
    _fill(dialog, pg_cluster, pg_template, "fout")
    dialog.accept()
    assert dialog.isVisible()
    assert "weigert de gebruikersnaam of het wachtwoord" in dialog.general_error.text()
    assert (dialog.host.text(), dialog.database.text(), dialog.password.text()) == (
        "127.0.0.1",
        pg_template,
        "fout",
    )
    dialog.reject()


def test_an_empty_server_field_is_named_where_it_was_left_empty(qtbot, store, tmp_path):
    window = make_window(qtbot, store, tmp_path)
    dialog = window.connect_to_server()
    dialog.host.setText("")
    dialog.accept()
    error = dialog.form.findChild(object, "error_host")
    assert error.isVisible() and error.text() == "Vul de naam of het adres van de server in."
    dialog.reject()


def test_connecting_replaces_the_window_and_remembers_no_password(
    qtbot, store, tmp_path, pg_cluster, pg_template
):
    database = pg_cluster.new_database(template=pg_template)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    running = Running(settings)
    first = running.show(store, None)
    qtbot.addWidget(first)
    dialog = first.connect_to_server()
    _fill(dialog, pg_cluster, database, PASSWORD)
    dialog.accept()
    assert not dialog.isVisible()
    second = running.window
    qtbot.addWidget(second)
    assert second is not first and second.isVisible() and not first.isVisible()
    assert running.store is not None and not running.store.is_sqlite
    assert f"postgres@127.0.0.1:{pg_cluster.port}/{database}" in second.store_label.text()
    remembered = settings.last_database
    assert make_url(remembered).password is None and PASSWORD not in remembered
    assert make_url(remembered).database == database
    # The next dialog starts from what was remembered.
    again = second.connect_to_server()
    assert (again.host.text(), again.port.value(), again.database.text()) == (
        "127.0.0.1",
        pg_cluster.port,
        database,
    )
    assert again.password.text() == ""
    again.reject()
    running.close()
    pg_cluster.drop_database(database)


def test_an_unreachable_server_at_start_offers_the_local_file(monkeypatch, db_path):
    asked: list[str] = []

    def way_out(message: str):
        asked.append(message)
        return db_path

    monkeypatch.setattr(startup, "_ask_server_way_out", way_out)
    opened = startup.open_interactively("postgresql+psycopg://iemand@127.0.0.1:9/dordtwest")
    assert opened is not None
    store, lock = opened
    try:
        assert store.path == db_path
        assert asked and "verbinding met de server" in asked[0]
    finally:
        store.close()
        if lock is not None:
            lock.unlock()


def test_the_store_label_is_the_server_not_the_password(qtbot, tmp_path, pg_cluster, pg_template):
    database = pg_cluster.new_database(template=pg_template)
    store = open_store(pg_url(pg_cluster, database))
    try:
        window = make_window(qtbot, store, tmp_path)
        assert PASSWORD not in window.store_label.text()
        window.close()
    finally:
        store.close()
        pg_cluster.drop_database(database)
