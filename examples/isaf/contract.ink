// The contract between the story and the engine (see docs/story-contract.md).
// The engine binds every EXTERNAL below to its TypeScript state machine, which is the single
// source of truth for meters, tracks and turns. The ink functions of the same names are the
// fallbacks Inky and a bare inkjs player use: they keep the same rules over the VARs below,
// so the story plays the same everywhere. Read meters only through these functions.

VAR role = ""          // "us" or "nato"; the story asks when it is empty
VAR scenario = "full"  // "full" or "short"; set by the engine before the first line

// Fallback state: used only when the engine is absent (Inky, bare inkjs).
VAR fb_capital = 60
VAR fb_us_troops = 146
VAR fb_allied_troops = 22
VAR fb_un = "none"
VAR fb_invitation = "none"
VAR fb_command = "support"
VAR fb_turn = 1

EXTERNAL capital()
EXTERNAL us_troops()
EXTERNAL allied_troops()
EXTERNAL change_capital(delta)
EXTERNAL change_troops(us_delta, allied_delta)
EXTERNAL track(name)
EXTERNAL move_track(name, state)
EXTERNAL end_turn()
EXTERNAL event_on(name)
EXTERNAL max_turns()
EXTERNAL stance(body, member)
EXTERNAL move_stance(body, member, delta)
EXTERNAL propose(track_name, state)
EXTERNAL blockers(track_name, state)
EXTERNAL tally(body)
EXTERNAL event(name)

=== function capital()
~ return fb_capital

=== function us_troops()
~ return fb_us_troops

=== function allied_troops()
~ return fb_allied_troops

=== function change_capital(delta)
~ fb_capital = MAX(0, MIN(100, fb_capital + delta))

=== function change_troops(us_delta, allied_delta)
~ fb_us_troops = MAX(0, fb_us_troops + us_delta)
~ fb_allied_troops = MAX(0, fb_allied_troops + allied_delta)

=== function track(name)
{ name:
- "un": ~ return fb_un
- "invitation": ~ return fb_invitation
- "command": ~ return fb_command
}
~ return ""

// The engine checks each move against the track's transition table; the fallback trusts it.
=== function move_track(name, state)
{ name:
- "un": ~ fb_un = state
- "invitation": ~ fb_invitation = state
- "command": ~ fb_command = state
}

// Upkeep at the end of a month: every 10,000 US troops above 100,000 cost 1 capital.
// Returns "" while the game can go on, "capital" when capital is exhausted,
// "burden" when the US troop burden is unsustainable (175,000 or more), and "time" when
// the scenario's months are used up (the story's last month ignores it and plays its finale).
=== function end_turn()
~ fb_capital = MAX(0, fb_capital - upkeep(fb_us_troops))
~ fb_turn = fb_turn + 1
{
- fb_capital <= 0: ~ return "capital"
- fb_us_troops >= 175: ~ return "burden"
- fb_turn - 1 >= max_turns(): ~ return "time"
}
~ return ""

=== function upkeep(troops)
{ troops > 100:
    ~ return (troops - 100) / 10
}
~ return 0

// Scenario switches for optional events; every event is on in Inky.
=== function event_on(name)
~ return true

=== function max_turns()
{ scenario == "short":
    ~ return 4
}
~ return 11

// The table (docs/story-contract.md, "The table"). The engine counts votes and consensus from
// the roster in table.ink; these fallbacks only keep the story playable where there is no
// engine: every member is undecided, every proposal is agreed, and nobody blocks.
=== function stance(body, member)
~ return 0

=== function move_stance(body, member, delta)
~ return

// Puts a move to the body that decides it; returns the track's state afterwards.
=== function propose(track_name, state)
~ move_track(track_name, state)
~ return track(track_name)

// The members who would block, veto or refuse the move now, as "France and Belgium"; "" for none.
=== function blockers(track_name, state)
~ return ""

// How a voting body would vote now: "11 in favour, 1 against, 3 abstaining".
=== function tally(body)
~ return ""

// Names the event whose consequences follow (for the ledger); call it first in the event's knot.
=== function event(name)
~ return
