"""Uploaded minutes in the API: extraction (nothing stored) and ingest (stored, corrections re-applied)."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path
from typing import Any

from flask import current_app, request
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.datastructures import FileStorage

from planner import corrections
from planner.api.framework import ApiError, db, now
from planner.errors import ExtractionError, PlannerError
from planner.extract import extract_text, read_minutes
from planner.extract.model import Extraction
from planner.extract.readers import SUFFIXES
from planner.files import upload_name
from planner.ingest import ingest, retry_on_conflict
from planner.store import Document, Meeting
from planner.webmodels import User, UserBody


def _limit_mb() -> float:
    limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
    return float(limit) / 1048576


def _uploaded_file() -> FileStorage:
    """Return the multipart field `file`; 413 before reading anything when the request is too large."""
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if limit and request.content_length and request.content_length > limit:
        raise ApiError(413, f"The upload is {request.content_length / 1048576:.1f} MB; "
                            f"the limit is {_limit_mb():g} MB.")
    if request.mimetype != "multipart/form-data":
        raise ApiError(415, "Send the minutes as multipart/form-data with the file in the field 'file'.")
    upload = request.files.get("file")
    if upload is None:
        raise ApiError(422, "No file: send the minutes in the multipart field 'file'.",
                       errors={"file": ["Missing data for required field."]})
    return upload


def _read(upload: FileStorage) -> tuple[Any, bytes, str, str]:
    """Extract the upload from a private temporary folder; return (extraction, bytes, name, text).

    The name is the client's, in any script ("Möte – Växjö.docx", "Протокол.pdf"), read by its suffix; a name
    without one is text. The file is written under a name of ours with that suffix.
    """
    name = upload_name(upload.filename)
    suffix = Path(name).suffix.lower()
    if not suffix:
        name, suffix = name + ".txt", ".txt"
    if suffix not in SUFFIXES:
        raise ApiError(422, f"{name}: unknown file type {Path(name).suffix!r}, expected one of "
                            f"{', '.join(sorted(SUFFIXES))}")
    data = upload.read()
    with tempfile.TemporaryDirectory(prefix="planner-upload-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        try:
            # Warnings name the file as uploaded ("x.txt:41: ..."), not our private temporary path.
            minutes = dataclasses.replace(read_minutes(path), name=name)
            extraction = extract_text(minutes)
        except ExtractionError as err:
            where = f"{name}:{err.line}" if err.line else name
            quoted = f" {err.text!r}" if err.text else ""
            raise ApiError(422, f"{where}: {err.message}{quoted}") from err
    return extraction, data, name, minutes.text


def extract_upload() -> dict[str, Any]:
    """Extract the uploaded file and return the minutes-extraction/1 object."""
    extraction, _data, _name, _text = _read(_uploaded_file())
    result: dict[str, Any] = extraction.to_json()
    return result


def ingest_upload(user: User) -> dict[str, Any]:
    """Ingest the uploaded file for `user`; return status, document id, meeting and warnings.

    The same minutes sent by several clients at once are stored once: a request that meets
    another's rows (`retry_on_conflict`) starts again and finds them stored ("unchanged").
    """
    extraction, data, name, text = _read(_uploaded_file())
    session = db()
    return retry_on_conflict(session, lambda: _ingest(session, user, extraction, data=data, name=name, text=text))


def _ingest(session: Session, user: User, extraction: Extraction, *, data: bytes, name: str,
            text: str) -> dict[str, Any]:
    """Ingest and commit one extracted upload, or roll back and raise ApiError."""
    when = now()
    try:
        result = ingest(session, extraction, data=data, filename=name, text=text, now=when,
                        settings=current_app.extensions.get("planner.settings"))
    except PlannerError as err:
        session.rollback()
        raise ApiError(422, str(err)) from err
    meeting = session.get(Meeting, result.meeting_id) if result.meeting_id else None
    if meeting is not None and not user.may_edit(meeting.body_id):
        # As on the upload page: a secretary takes on a body that no one looks after yet.
        taken = session.scalars(select(UserBody).where(UserBody.body_id == meeting.body_id)).first()
        if taken is not None:
            session.rollback()
            raise ApiError(403, "These minutes are of a body that other secretaries look after.")
        session.add(UserBody(user_id=user.id, body_id=meeting.body_id))
    document = session.get(Document, result.document_id) if result.document_id else None
    if document is not None and result.status != "unchanged":
        corrections.apply_corrections(session, document, now=when)
    session.commit()
    return {"status": result.status, "document_id": result.document_id, "replaced_by": result.replaced_by,
            "meeting": meeting, "warnings": list(extraction.warnings)}
