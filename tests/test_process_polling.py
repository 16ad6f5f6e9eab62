"""`Poller`: when polling for the other side's next frame pays (`_process/polling.py`).

A scripted clock plays the CPU: how long each poll (a yield of the CPU) took.
"""

from __future__ import annotations

from monty_agent._process.polling import CALM, HOGGED, Poller


class Clock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_polls_until_its_time_is_up() -> None:
    clock = Clock()
    step = 2.0**-20  # about a microsecond, and exact in binary
    poller = Poller(seconds=10 * step, late=20 * step, clock=clock)
    assert poller.start()
    polls = 0
    while True:
        clock.now += step  # each poll: a microsecond, nothing else wants the CPU
        polls += 1
        if not poller.go_on():
            break
    assert polls == 10


def test_a_late_poll_stops_this_wait_but_not_the_next() -> None:
    clock = Clock()
    poller = Poller(seconds=1.0, late=20e-6, clock=clock)
    assert poller.start()
    clock.now += 5e-6
    assert poller.go_on()
    clock.now += 50e-6  # the CPU went to another task meanwhile (maybe the other side)
    assert not poller.go_on()
    clock.now += 1e-6
    assert poller.start()  # the next wait polls again


def test_a_hogged_cpu_stops_polling_for_a_while() -> None:
    clock = Clock()
    poller = Poller(seconds=1.0, late=20e-6, clock=clock)
    assert poller.start()
    clock.now += HOGGED * 3  # a process that does not yield had the CPU for a time slice
    assert not poller.go_on()
    clock.now += CALM / 2
    assert not poller.start()  # waits block at once meanwhile
    clock.now += CALM
    assert poller.start()  # then it tries polling again
    clock.now += 1e-6
    assert poller.go_on()


def test_the_time_before_a_wait_does_not_count_as_a_late_poll() -> None:
    clock = Clock()
    poller = Poller(seconds=1.0, late=20e-6, clock=clock)
    assert poller.start()
    clock.now += 1e-6
    assert poller.go_on()
    clock.now += 10.0  # between two waits: the process did other work
    assert poller.start()
    clock.now += 1e-6
    assert poller.go_on()
