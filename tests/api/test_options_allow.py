"""`OPTIONS /api/v1/meetings` answered 200 with `Allow: GET, POST, HEAD, PUT, OPTIONS, PATCH, DELETE`, and
an unknown path such as `OPTIONS /api/v1/nope` answered 200 too: Flask's automatic OPTIONS counted the
methods of the catch-all route that turns unknown paths and wrong methods into problem objects. A
client that asked what it may send was told POST, PUT and DELETE, each then refused with 405 (whose own
Allow header said `GET, HEAD, OPTIONS`). OPTIONS now tells the methods a 405 tells, and 404 where no
route is."""

from __future__ import annotations

from tests.api.test_api import assert_problem


def test_options_allow_is_the_methods_of_the_path(client, rows):
    cases = {
        "/api/v1/": "GET, HEAD, OPTIONS",
        "/api/v1/bodies": "GET, HEAD, OPTIONS",
        "/api/v1/meetings": "GET, HEAD, OPTIONS",
        f"/api/v1/meetings/{rows.held}": "GET, HEAD, OPTIONS, PATCH",
        f"/api/v1/events/{rows.event}": "DELETE, GET, HEAD, OPTIONS, PATCH",
        "/api/v1/documents": "OPTIONS, POST",
        "/api/v1/extract": "OPTIONS, POST",
        "/api/v1/openapi.json": "GET, HEAD, OPTIONS",
    }
    for path, allowed in cases.items():
        response = client.options(path)
        assert response.status_code == 204, (path, response.status_code)
        assert response.headers["Allow"] == allowed, path
        assert not response.data
        assert "Content-Type" not in response.headers, path  # Flask's automatic OPTIONS said text/html
        # The same list as a refused method is told.
        refused = client.put(path)
        assert refused.status_code == 405 and refused.headers["Allow"] == allowed, path


def test_options_of_an_unknown_path_is_404(client):
    assert_problem(client.options("/api/v1/nope"), 404, "/api/v1/nope")
    assert_problem(client.options("/api/v1/meetings/"), 404)
