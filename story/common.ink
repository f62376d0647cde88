// Shared story memory and helpers for both roles.
// These VARs are not meters: the meters (capital, troops) and the three tracks live in the
// engine and are read and changed only through the functions in contract.ink. The VARs below
// are what the people in the story remember about the player.

VAR consent = 0         // how ready France, Germany and Belgium are to sign a NATO role
VAR washington = 0      // how comfortable Washington is with the control it has shared (below 0: given away)
VAR iraqi = 0           // the Governing Council's goodwill towards the player
VAR timetable = false   // US: offered Paris a timetable for handing power to Iraqis (Sep 2003)
VAR nato_line = false   // US: wrote a line inviting NATO into the first draft of 1511
VAR amended = false     // 1511 passed with the late amendments that strengthened the UN's role
VAR no_1511 = false     // US: withdrew the draft, so there is no resolution 1511 in this game
VAR turkey_pushed = false
VAR study = false       // a quiet planning study of NATO's options after June
VAR promised = false    // US: told the Senate NATO would carry a real share by summer
VAR honest = false      // US: told the Senate NATO would help only at the margins
VAR spain_plan = false  // lined up replacements in case a contributor left
VAR surges = 0          // how often more US troops were sent
VAR iraqi_say = false   // US: gave the new Iraqi government a say over major operations in the 1546 draft
VAR nato_clause = false // a NATO clause was written into the 1546 draft
VAR clause_dropped = false
VAR protect_un = false  // NATO: offered to help protect UN staff after the bombing
VAR legacy = ""         // NATO: the plan Robertson leaves his successor: "conditions", "sector" or "none"
VAR first_trip = ""     // NATO: where the new Secretary-General goes first
VAR outside_training = false // NATO: took up the German offer to train Iraqis outside Iraq
VAR detainee_rules = false   // NATO: tied any role to clear rules on detainees
VAR letter_asked = false     // asked the incoming Iraqi leaders to write to NATO
VAR org_mention = false      // NATO: asked 1546 to welcome help from international organisations
VAR un_authority = false     // NATO: asked for any NATO role to answer to the Security Council
VAR own_refused = false      // NATO: proposed a mission of its own at Istanbul, and it was refused
VAR finale = -> start        // the ending chosen at the summit, played after the last upkeep
VAR gap_ready = false        // at the summit: NATO had never planned to command troops in Iraq
VAR gap_invite = false       // at the summit: no Iraqi invitation for a force had been confirmed
VAR gap_consent = false      // at the summit: Paris, Berlin and Brussels were not persuaded enough to join
VAR gap_washington = false   // at the summit: Washington would not give NATO real command

// Moves the command track to target, through "support" when the table has no direct move.
// Every state may step back to "support", and "support" may go anywhere.
=== function go_command(target)
~ temp from = track("command")
{ from == target:
    ~ return
}
{ not command_direct(from, target):
    ~ move_track("command", "support")
}
~ move_track("command", target)

=== function command_direct(from, to)
{ from:
- "support":
    ~ return true
- "training":
    ~ return to == "support" || to == "polish-model" || to == "gradual" || to == "withdrawn"
- "polish-model":
    ~ return to != "parallel"
- "gradual":
    ~ return to != "polish-model"
- "nato-sector":
    ~ return to == "support" || to == "training" || to == "withdrawn"
- "parallel":
    ~ return to == "support" || to == "training" || to == "withdrawn"
- "withdrawn":
    ~ return to == "support"
}
~ return false

// Opens a new draft in the Security Council from whatever state the UN track is in.
=== function un_redraft()
{ track("un"):
- "drafting":
    ~ return
- "tabled":
    ~ move_track("un", "consulting")
}
~ move_track("un", "drafting")

// True when an Iraqi body has invited NATO (and, after June, a sovereign government has confirmed it).
=== function inv_ok()
~ return track("invitation") == "invited" || track("invitation") == "renewed"

// True when NATO has already been planning to command troops of its own in Iraq.
=== function force_ready()
~ temp c = track("command")
~ return c == "polish-model" || c == "gradual" || c == "nato-sector"

// Records what a NATO division still lacks when it is asked for at Istanbul; true if nothing.
// The fig-leaf endings explain themselves from these.
=== function division_ready(min_washington)
~ gap_ready = not force_ready()
~ gap_invite = track("invitation") != "renewed"
~ gap_consent = consent < 5
~ gap_washington = washington < min_washington
~ return track("un") == "passed" && not (gap_ready || gap_invite || gap_consent || gap_washington)

// The reasons a NATO sector turned out to be a badge rather than a force.
=== function fig_leaf_reasons()
{ gap_ready: NATO had never planned to command troops in Iraq, so the sector is improvised in a few weeks.}
{ gap_invite: No Iraqi government has invited a NATO force, and Iraqi politicians say so.}
{ gap_consent: France, Germany and Belgium were never persuaded, so they let it pass without joining.}
{ gap_washington: Washington insists that American generals keep real control, so NATO's command is little more than a name on a door.}

// A line on the mood in Paris, Berlin and Brussels.
=== function paris_mood()
{
- consent >= 7: Paris, Berlin and Brussels now talk about a NATO role as something that could really happen.
- consent >= 4: Paris, Berlin and Brussels are listening. They have not moved yet, but they are no longer saying no.
- consent >= 1: Paris and Berlin are polite, and unconvinced.
- consent >= -1: Paris and Berlin are cool towards anything NATO might do in Iraq.
- else: Paris and Berlin are openly hostile to any NATO role in Iraq, and Brussels agrees with them.
}

// A line on how Washington sees the player: for the US official, the Pentagon's view of the
// control given away; for the NATO official, the administration's trust in NATO's staff.
=== function washington_mood()
{ role == "us":
    {
    - washington >= 2: The Pentagon trusts you: nothing you have offered threatens American command.
    - washington >= -1: The Pentagon watches what you offer the allies, but has not complained.
    - washington >= -3: In the Pentagon, people say you give away too much control, and your name comes up in meetings you are not invited to.
    - else: The Pentagon no longer believes you speak for Washington on command and control.
    }
- else:
    {
    - washington >= 2: Washington counts on you, and says so.
    - washington >= 0: Washington is watching NATO's staff, neither pleased nor worried.
    - washington >= -2: In Washington, people are starting to ask whose side NATO's staff are on.
    - else: Washington no longer trusts NATO's staff, and barely hides it.
    }
}

// A line on the Governing Council's view of the player.
=== function council_mood()
{
- iraqi >= 3: Members of the Governing Council return your calls, and some of them seem to trust you.
- iraqi >= 1: The Governing Council is cautious, but not unfriendly.
- iraqi == 0: The Governing Council hardly knows who you are.
- else: The Governing Council is suspicious of you, and says so.
}

// The Governing Council answers a written request to invite NATO. A little luck is involved:
// some months the Council's members are more divided than others.
=== council_answers ===
{ track("invitation") != "requested":
    ->->
}
~ temp swing = RANDOM(0, 1)
{ iraqi + swing >= 2:
    ~ move_track("invitation", "invited")
    ~ change_capital(2)
    In this version of events, because you asked, the Governing Council agrees after weeks of argument, by a narrow margin, to invite NATO to help keep the peace in Iraq. Critics point out that the Council was appointed by the CPA, so it is an invitation from the occupation's own creation.
- else:
    ~ move_track("invitation", "refused")
    ~ change_capital(-2)
    The Governing Council will not invite NATO. Too many members say that more foreign soldiers, under any flag, would look like more occupation. {turkey_pushed: One of them reminds you of the Turkish troops you tried to press on them.}
}
->->

// A second try at the Governing Council before it dissolves (March, full scenario).
=== council_retry ===
{ inv_ok() || track("invitation") == "requested":
    ->->
}
The Governing Council will dissolve at the end of June. {track("invitation") == "refused": It has already said no to inviting NATO once.} {council_mood()}
* [Ask the Governing Council for a written request to NATO before it dissolves.]
    { track("invitation") != "sounding":
        ~ move_track("invitation", "sounding")
    }
    ~ move_track("invitation", "requested")
    ~ change_capital(-3)
    The request goes to Baghdad. The Council promises an answer next month.
* [Leave the invitation to the sovereign government that takes over in June.]
    ~ change_capital(1)
    ~ iraqi += 1
    You decide an invitation from an appointed council is worth less than one from a government. Several Council members agree.
- ->->

// The short scenario's single question to the Governing Council (spring 2004).
=== council_short ===
{ inv_ok() || track("invitation") == "requested":
    ->->
}
The Governing Council will hand power to a sovereign Iraqi government at the end of June. {council_mood()} Do you ask it, before then, to invite NATO?
* [Ask the Governing Council formally to invite NATO.]
    { track("invitation") != "sounding":
        ~ move_track("invitation", "sounding")
    }
    ~ move_track("invitation", "requested")
    ~ change_capital(-3)
    The request goes to Baghdad, and the Council argues about it for a month.
    -> council_answers ->
* [Wait for the sovereign government that takes over in June.]
    ~ change_capital(1)
    ~ iraqi += 1
    You decide an invitation from an appointed council is worth less than one from a government. Several Council members agree.
- ->->
