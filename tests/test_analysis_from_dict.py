"""Analysis.from_dict on data that does not fit: an InputError saying what was expected, what came and where."""

from __future__ import annotations

import json
from typing import Any

import pytest

import framing
from framing import Actor, Analysis, FramingError, InputError, Label, Quote, ScareQuote, SentenceScore, Span


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    a = framing.analyze('The regime slammed the reforms. "We will not back down," said Senator Jane Smith.',
                        id="x", meta={"outlet": "X"})
    assert a.spans and a.actors and a.quotes and a.sentences
    return json.loads(json.dumps(a.to_dict(include_text=True)))


def _error(d: Any, **kw: Any) -> str:
    with pytest.raises(InputError) as info:
        Analysis.from_dict(d, **kw)
    assert isinstance(info.value, FramingError) and isinstance(info.value, ValueError)
    return str(info.value)


def test_missing_required_key() -> None:
    msg = _error({"id": "x"})
    assert msg == "Analysis.from_dict(): field n_words: expected an integer, got nothing (the key is missing)"
    assert "field id: expected a string, got nothing" in _error({"n_words": 3})


@pytest.mark.parametrize("d", [[1], "text", 3, None])
def test_not_an_object(d: Any) -> None:
    msg = _error(d)
    assert msg.startswith("Analysis.from_dict(): expected an object") and f"got {d!r} ({type(d).__name__})" in msg


@pytest.mark.parametrize(("path", "value", "field", "expected"), [
    (("spans", 0, "start"), "x", "spans[0].start", "an integer"),
    (("spans", 0, "weight"), "heavy", "spans[0].weight", "a number"),
    (("spans", 0, "text"), 5, "spans[0].text", "a string"),
    (("spans", 0, "alternatives"), "government", "spans[0].alternatives", "a list"),
    (("spans", 0, "in_quote"), "false", "spans[0].in_quote", "true or false"),
    (("spans", 0), 7, "spans[0]", "an object"),
    (("spans",), {}, "spans", "a list"),
    (("actors", 0, "mentions", 0), [1], "actors[0].mentions[0]", "a pair of integers"),
    (("actors", 0, "sentiment"), "happy", "actors[0].sentiment", "a number or null"),
    (("quotes", 0, "speaker"), ["Jane"], "quotes[0].speaker", "a string or null"),
    (("sentences", 0, "bias_probability"), None, "sentences[0].bias_probability", "a number"),
    (("scores", "loaded_index"), "high", "scores.loaded_index", "a number or null"),
    (("frames", "economic"), "x", "frames.economic", "a number or null"),
    (("meta",), [1, 2], "meta", "an object"),
    (("n_words",), "12", "n_words", "an integer"),
    (("n_words",), 1.5, "n_words", "an integer"),
    (("sentence_offsets", 0), "0-10", "sentence_offsets[0]", "a pair of integers"),
    (("error",), 3, "error", "a string or null"),
])
def test_wrong_type_names_the_field(data: dict[str, Any], path: tuple[Any, ...], value: Any, field: str,
                                    expected: str) -> None:
    d = json.loads(json.dumps(data))
    target = d
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    msg = _error(d)
    assert msg.startswith(f"Analysis.from_dict(): field {field}: expected {expected}"), msg
    assert f"got {value!r} ({type(value).__name__})" in msg


def test_source_names_where_the_data_came_from(data: dict[str, Any]) -> None:
    d = json.loads(json.dumps(data))
    d["spans"][0]["start"] = "x"
    assert _error(d, source="edited.jsonl:3") == ("edited.jsonl:3: field spans[0].start: expected an integer, got "
                                                  "'x' (str)")


def test_long_values_are_shortened(data: dict[str, Any]) -> None:
    d = json.loads(json.dumps(data))
    d["spans"][0]["start"] = "x" * 1000
    assert len(_error(d)) < 200


def test_valid_data_still_round_trips(data: dict[str, Any]) -> None:
    a = Analysis.from_dict(data)
    assert a.to_dict(include_text=True) == data
    assert Analysis.from_dict({"id": 3, "n_words": 0}).id == "3"  # only id and n_words are required


def test_the_parts_raise_input_error_too() -> None:
    for cls, d in ((Span, {"start": 0}), (Label, {"text": "x"}), (Actor, {"name": "x", "type": 1}),
                   (Quote, []), (ScareQuote, {"start": 0, "end": "1"}), (SentenceScore, {"start": 0})):
        with pytest.raises(InputError, match=rf"^{cls.__name__}\.from_dict\(\): "):
            cls.from_dict(d)  # type: ignore[attr-defined]
