"""The kg command: usage mistakes are a short message and exit status 2, never a traceback."""

import pytest

from tests.conftest import kg_command


@pytest.mark.parametrize("args", [("stats", "--bogus"), ("serve", "--port", "abc"), ("eval",)])
def test_a_usage_mistake_is_a_usage_message_not_a_traceback(args):
    result = kg_command(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "Usage:" in result.stderr and "Error:" in result.stderr
