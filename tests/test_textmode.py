"""Files sent as text (every LF made CR LF): found, and changed back byte
for byte, whole or a chunk at a time (parsers.textmode)."""

from hypothesis import given, settings, strategies as st

from parsers import textmode

LINE_ENDS = st.binary(max_size=80).map(lambda b: bytes(c if c % 3 else b"\r\n"[c % 2] for c in b))


@given(LINE_ENDS)
def test_restore_undoes_the_transfer(data):
    assert textmode.restore(data.replace(b"\n", b"\r\n")) == data


@settings(max_examples=200)
@given(LINE_ENDS, st.integers(1, 9))
def test_a_chunk_at_a_time_is_the_same_as_at_once(tmp_path_factory, data, chunk):
    tmp = tmp_path_factory.mktemp("t")
    sent = data.replace(b"\n", b"\r\n")
    (tmp / "sent").write_bytes(sent)
    old = textmode._CHUNK, textmode.MIN_BINARY
    textmode._CHUNK, textmode.MIN_BINARY = chunk, 1
    try:
        textmode.restore_file(tmp / "sent", tmp / "back")
        assert (tmp / "back").read_bytes() == data
        for probe in (sent, data):
            (tmp / "probe").write_bytes(probe)
            assert textmode.file_sent_as_text(tmp / "probe") == textmode.sent_as_text(probe)
    finally:
        textmode._CHUNK, textmode.MIN_BINARY = old
