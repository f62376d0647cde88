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

// Upkeep at the end of a month, by the rule the campaign's table.ink gives each desk
// (`# upkeep_us: troops`, `# upkeep_nato: dissent nac`; the engine's src/engine/table/upkeep.ts):
// see fb_upkeep(). Like the table's fallbacks below, it keeps the campaign's rule: a story that
// declares another (the ISAF example's NATO desk pays for troops) plays it only in the engine.
// Returns "" while the game can go on, "capital" when capital is exhausted,
// "burden" when the US troop burden is unsustainable (175,000 or more), and "time" when
// the scenario's months are used up (the story's last month ignores it and plays its finale).
=== function end_turn()
~ fb_capital = MAX(0, fb_capital - fb_upkeep())
~ fb_turn = fb_turn + 1
{
- fb_capital <= 0: ~ return "capital"
- fb_us_troops >= 175: ~ return "burden"
- fb_turn - 1 >= max_turns(): ~ return "time"
}
~ return ""

// What the month's end costs the desk that plays. The US official answers for the troop
// burden: every 10,000 US troops above 100,000 cost 1. The NATO official's trust runs down
// while the alliance is divided: every member of the North Atlantic Council standing against
// (below 0) costs 1.
=== function fb_upkeep()
{ role == "nato":
    ~ return fb_nac_dissent()
}
~ return upkeep(fb_us_troops)

=== function upkeep(troops)
{ troops > 100:
    ~ return (troops - 100) / 10
}
~ return 0

// The members of the North Atlantic Council standing against (below 0), counted over the four
// the fallback keeps (fb_nac_* below). Every other member starts at 0 or above in table.ink and
// the fallback never moves it, so it never stands against here.
=== function fb_nac_dissent()
~ return (fb_nac_france < 0) + (fb_nac_germany < 0) + (fb_nac_belgium < 0) + (fb_nac_us < 0)

// Scenario switches for optional events; every event is on in Inky.
=== function event_on(name)
~ return true

=== function max_turns()
{ scenario == "short":
    ~ return 4
}
~ return 11

// The table (docs/story-contract.md, "The table"). The engine counts votes and consensus from
// the roster the story declares in its tags. These fallbacks only keep the story playable
// where there is no engine (Inky, bare inkjs): they keep in VARs the stances of the members
// the campaign moves (story/table.ink declares the rest), take every other member to stand
// where the campaign's table starts it, and count as the engine does from there. A count can
// differ from the engine's when a story moves a member not kept here.
VAR fb_nac_france = -2
VAR fb_nac_germany = -1
VAR fb_nac_belgium = -1
VAR fb_nac_us = 3
VAR fb_unsc_france = 0
VAR fb_unsc_germany = 0
VAR fb_unsc_russia = 0
VAR fb_unsc_china = 0
VAR fb_unsc_chile = 0
VAR fb_unsc_mexico = 0
VAR fb_unsc_pakistan = 0
VAR fb_unsc_syria = -1
VAR fb_unsc_algeria = 0
VAR fb_unsc_brazil = 0
VAR fb_iraq_igc = 0
VAR fb_iraq_interim = 2
VAR fb_washington_powell = 1
VAR fb_washington_rumsfeld = 1
VAR fb_washington_bremer = 1

=== function stance(body, member)
{ body:
- "nac":
    { member:
    - "france": ~ return fb_nac_france
    - "germany": ~ return fb_nac_germany
    - "belgium": ~ return fb_nac_belgium
    - "us": ~ return fb_nac_us
    }
- "unsc":
    { member:
    - "france": ~ return fb_unsc_france
    - "germany": ~ return fb_unsc_germany
    - "russia": ~ return fb_unsc_russia
    - "china": ~ return fb_unsc_china
    - "chile": ~ return fb_unsc_chile
    - "mexico": ~ return fb_unsc_mexico
    - "pakistan": ~ return fb_unsc_pakistan
    - "syria": ~ return fb_unsc_syria
    - "algeria": ~ return fb_unsc_algeria
    - "brazil": ~ return fb_unsc_brazil
    }
- "iraq":
    { member:
    - "igc": ~ return fb_iraq_igc
    - "interim": ~ return fb_iraq_interim
    }
- "washington":
    { member:
    - "powell": ~ return fb_washington_powell
    - "rumsfeld": ~ return fb_washington_rumsfeld
    - "bremer": ~ return fb_washington_bremer
    }
}
~ return 0

// Moves a stance, clamped to -3..3; a member not kept here is left alone.
=== function move_stance(body, member, delta)
{ body:
- "nac":
    { member:
    - "france": ~ fb_nac_france = MAX(-3, MIN(3, fb_nac_france + delta))
    - "germany": ~ fb_nac_germany = MAX(-3, MIN(3, fb_nac_germany + delta))
    - "belgium": ~ fb_nac_belgium = MAX(-3, MIN(3, fb_nac_belgium + delta))
    - "us": ~ fb_nac_us = MAX(-3, MIN(3, fb_nac_us + delta))
    }
- "unsc":
    { member:
    - "france": ~ fb_unsc_france = MAX(-3, MIN(3, fb_unsc_france + delta))
    - "germany": ~ fb_unsc_germany = MAX(-3, MIN(3, fb_unsc_germany + delta))
    - "russia": ~ fb_unsc_russia = MAX(-3, MIN(3, fb_unsc_russia + delta))
    - "china": ~ fb_unsc_china = MAX(-3, MIN(3, fb_unsc_china + delta))
    - "chile": ~ fb_unsc_chile = MAX(-3, MIN(3, fb_unsc_chile + delta))
    - "mexico": ~ fb_unsc_mexico = MAX(-3, MIN(3, fb_unsc_mexico + delta))
    - "pakistan": ~ fb_unsc_pakistan = MAX(-3, MIN(3, fb_unsc_pakistan + delta))
    - "syria": ~ fb_unsc_syria = MAX(-3, MIN(3, fb_unsc_syria + delta))
    - "algeria": ~ fb_unsc_algeria = MAX(-3, MIN(3, fb_unsc_algeria + delta))
    - "brazil": ~ fb_unsc_brazil = MAX(-3, MIN(3, fb_unsc_brazil + delta))
    }
- "iraq":
    { member:
    - "igc": ~ fb_iraq_igc = MAX(-3, MIN(3, fb_iraq_igc + delta))
    - "interim": ~ fb_iraq_interim = MAX(-3, MIN(3, fb_iraq_interim + delta))
    }
- "washington":
    { member:
    - "powell": ~ fb_washington_powell = MAX(-3, MIN(3, fb_washington_powell + delta))
    - "rumsfeld": ~ fb_washington_rumsfeld = MAX(-3, MIN(3, fb_washington_rumsfeld + delta))
    - "bremer": ~ fb_washington_bremer = MAX(-3, MIN(3, fb_washington_bremer + delta))
    }
}

// Puts a move to the body that decides it; returns the track's state afterwards. A vote moves
// the resolution to passed, vetoed or failed; a blocked NATO role does not happen; a refused
// invitation becomes "refused" where the track allows it.
=== function propose(track_name, state)
~ temp who = blockers(track_name, state)
{ track_name:
- "un":
    {
    - who != "": ~ move_track("un", "vetoed")
    - fb_unsc_count(1) >= 9: ~ move_track("un", "passed")
    - else: ~ move_track("un", "failed")
    }
- "invitation":
    {
    - who == "": ~ move_track("invitation", state)
    - track("invitation") == "sounding" || track("invitation") == "requested" || track("invitation") == "invited":
        ~ move_track("invitation", "refused")
    }
- else:
    { who == "":
        ~ move_track(track_name, state)
    }
}
~ return track(track_name)

// The members who would block, veto or refuse the move now, as "France and Belgium"; "" for none.
=== function blockers(track_name, state)
{ track_name:
- "un":
    ~ return fb_names(fb_unsc_france < 0, "France", fb_unsc_russia < 0, "Russia", fb_unsc_china < 0, "China")
- "invitation":
    { fb_in_june():
        { fb_iraq_interim < 2:
            ~ return "Interim government"
        }
    - else:
        { fb_iraq_igc < 2:
            ~ return "Governing Council"
        }
    }
    ~ return ""
- "command":
    { state == "withdrawn":
        // Every member that backs the coalition blocks a step back; the United States is kept here.
        ~ return fb_names(true, "Denmark, Italy, Netherlands, Poland, Portugal, Spain", true, "United Kingdom", fb_nac_us > 1, "United States")
    }
    ~ temp bar = 0
    { state == "training":
        ~ bar = -1
    }
    ~ return fb_names(fb_nac_belgium < bar, "Belgium", fb_nac_france < bar, "France", fb_nac_germany < bar, "Germany")
}
~ return ""

// How a voting body would vote now: "11 in favour, 1 against, 3 abstaining".
=== function tally(body)
~ temp yes = fb_unsc_count(1)
~ temp no = fb_unsc_count(-1)
~ return "{yes} in favour, {no} against, {15 - yes - no} abstaining"

// Security Council members voting yes (sign 1) or no (sign -1): the seven who start in favour
// in both years (Angola, Spain, the UK, the US and three of Bulgaria, Cameroon, Guinea or
// Benin, the Philippines, Romania) and the members kept here who sit that year.
=== function fb_unsc_count(sign)
{ sign > 0:
    ~ temp yes = 7 + (fb_unsc_france >= 1) + (fb_unsc_germany >= 1) + (fb_unsc_russia >= 1) + (fb_unsc_china >= 1) + (fb_unsc_chile >= 1) + (fb_unsc_pakistan >= 1)
    { fb_in_2004():
        ~ return yes + (fb_unsc_algeria >= 1) + (fb_unsc_brazil >= 1)
    }
    ~ return yes + (fb_unsc_mexico >= 1) + (fb_unsc_syria >= 1)
}
~ temp no = (fb_unsc_france < 0) + (fb_unsc_germany < 0) + (fb_unsc_russia < 0) + (fb_unsc_china < 0) + (fb_unsc_chile < 0) + (fb_unsc_pakistan < 0)
{ fb_in_2004():
    ~ return no + (fb_unsc_algeria < 0) + (fb_unsc_brazil < 0)
}
~ return no + (fb_unsc_mexico < 0) + (fb_unsc_syria < 0)

// The campaign's calendar, as far as the fallbacks need it: 2004 begins at turn 6 of the full
// scenario (turn 3 of the short one), and June 2004 is the last turn of both.
=== function fb_in_2004()
{ scenario == "short":
    ~ return fb_turn >= 3
}
~ return fb_turn >= 6

=== function fb_in_june()
~ return fb_turn >= max_turns()

// "A", "A and B", "A, B and C": the names whose condition holds, in order.
=== function fb_names(a, name_a, b, name_b, c, name_c)
{
- a && b && c: ~ return "{name_a}, {name_b} and {name_c}"
- a && b: ~ return "{name_a} and {name_b}"
- a && c: ~ return "{name_a} and {name_c}"
- b && c: ~ return "{name_b} and {name_c}"
- a: ~ return name_a
- b: ~ return name_b
- c: ~ return name_c
}
~ return ""

// Names the event whose consequences follow (for the ledger); call it first in the event's knot.
=== function event(name)
~ return
