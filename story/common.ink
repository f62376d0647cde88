// Shared story memory and helpers for both roles.
// These VARs are not meters: the meters (capital, troops), the three tracks and where every
// member of every body stands (its stance, on the table of table.ink) live in the engine, and
// are read and changed only through the functions in contract.ink. The VARs below are what the
// people in the story remember about the player's own choices.

VAR timetable = false   // US: offered Paris a timetable for handing power to Iraqis (Sep 2003)
VAR nato_line = false   // US: wrote a line inviting NATO into the first draft of 1511
VAR amended = false     // 1511 passed with the late amendments, because you accepted or urged them
VAR no_1511 = false     // there is no resolution 1511 in this game (withdrawn, vetoed or failed)
VAR turkey_pushed = false
VAR study = false       // a quiet planning study of NATO's options after June
VAR promised = false    // US: told the Senate NATO would carry a real share by summer
VAR honest = false      // US: told the Senate NATO would help only at the margins
VAR spain_plan = false  // lined up replacements in case a contributor left
VAR surges = 0          // how often more US troops were sent
VAR start_us = 146      // US troops (thousands) when the game began, read from the engine in August
VAR iraqi_say = false   // US: gave the new Iraqi government a say over major operations in the 1546 draft
VAR nato_clause = false // a NATO clause was written into the 1546 draft
VAR clause_dropped = false
VAR vetoed_by = ""      // who would veto the resolution being voted on (1511, then 1546); the endings name them
VAR protect_un = false  // NATO: offered to help protect UN staff after the bombing
VAR legacy = ""         // NATO: the plan Robertson leaves his successor: "conditions", "sector" or "iraqis"
VAR first_trip = ""     // NATO: where the new Secretary-General goes first
VAR outside_training = false // NATO: took up the German offer to train Iraqis outside Iraq
VAR detainee_rules = false   // NATO: tied any role to clear rules on detainees
VAR letter_asked = false     // asked the incoming Iraqi leaders to write to NATO
VAR org_mention = false      // NATO: asked 1546 to welcome help from international organisations
VAR un_authority = false     // NATO: asked for any NATO role to answer to the Security Council
VAR summit_ask = ""          // what the player put to the Istanbul summit: "division", "training", "training_us" (under the coalition's US trainer), "own" or "nothing"
VAR summit_blocked_by = ""   // who blocked it in the North Atlantic Council ("" if nobody did)
VAR letter_written = false   // Allawi wrote to NATO in June
VAR blocked_by = ""          // who blocked the last NATO role put to the North Atlantic Council (go_command)
VAR finale = -> start        // the ending chosen at the summit, played after the last upkeep
VAR gap_ready = false        // at the summit: NATO had never planned to command troops in Iraq
VAR gap_invite = false       // at the summit: no sovereign Iraqi government had invited a NATO force
VAR gap_consent = false      // at the summit: France, Germany or Belgium did not block, but did not back it
VAR gap_washington = false   // at the summit: the Pentagon would not give NATO real command
// What the mood lines last reported, so the next one can say what moved (-9: not yet read).
VAR seen_france = -9
VAR seen_germany = -9
VAR seen_belgium = -9
VAR seen_pentagon = -9
VAR seen_washington = -9
VAR seen_iraqis = -9

// Paris, Berlin and Brussels, when a line of the story speaks of all three at the North
// Atlantic Council.
=== function move_three(delta)
~ move_stance("nac", "france", delta)
~ move_stance("nac", "germany", delta)
~ move_stance("nac", "belgium", delta)

// True when a list of names names more than one ("France and Belgium", "France, Germany and Belgium").
=== function several(names)
~ return names ? " and "

// "breaks silence" or "break silence", after a list of names from blockers().
=== function break_silence(names)
{ several(names):
    ~ return "break silence"
}
~ return "breaks silence"

// Moves the command track towards target and returns where it ends. A move the North Atlantic
// Council decides is proposed to it: a blocked one does not happen, and `blocked_by` names who
// blocked it. The track steps back to "support" first only when its table has no direct move.
=== function go_command(target)
~ temp from = track("command")
~ blocked_by = ""
{ from == target:
    ~ return target
}
{ not command_direct(from, target):
    ~ move_track("command", "support")
}
{ target == "support":
    ~ move_track("command", "support")
    ~ return "support"
}
~ temp result = propose("command", target)
{ result != target:
    ~ blocked_by = blockers("command", target)
}
~ return result

// A proposal put to the North Atlantic Council at the summit, even one it agreed before as a
// plan: the plan is set aside ("support") and the leaders decide afresh. Returns the state.
=== function summit_proposal(target)
{ track("command") == target:
    ~ move_track("command", "support")
}
~ return go_command(target)

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

// The Security Council's critics of the occupation in 2004 (the permanent three, Germany, and
// the elected members who wanted the UN at the centre), when a draft gives them what they want.
=== function un_critics(delta)
~ move_stance("unsc", "france", delta)
~ move_stance("unsc", "germany", delta)
~ move_stance("unsc", "russia", delta)
~ move_stance("unsc", "china", delta)
~ move_stance("unsc", "chile", delta)
~ move_stance("unsc", "pakistan", delta)
~ move_stance("unsc", "algeria", delta)
~ move_stance("unsc", "brazil", delta)

// Opens a new draft in the Security Council from whatever state the UN track is in.
=== function un_redraft()
{ track("un"):
- "drafting":
    ~ return
- "tabled":
    ~ move_track("un", "consulting")
}
~ move_track("un", "drafting")

// How many months the story itself has in this scenario (a scenario file may give fewer).
=== function story_months()
{ scenario == "short":
    ~ return 4
}
~ return 11

// True when an Iraqi body has invited NATO (and, after June, a sovereign government has confirmed it).
=== function inv_ok()
~ return track("invitation") == "invited" || track("invitation") == "renewed"

// True when NATO has already been planning to command troops of its own in Iraq.
=== function force_ready()
~ temp c = track("command")
~ return c == "polish-model" || c == "gradual" || c == "nato-sector"

// True when Paris, Berlin and Brussels all back a NATO role (stance 1 or more: they would vote for it).
=== function three_back()
~ return stance("nac", "france") >= 1 && stance("nac", "germany") >= 1 && stance("nac", "belgium") >= 1

// True when Washington backs real NATO command of a sector (stance 1 or more): for the US
// official, the Pentagon (the Defense Secretary on the table); for the NATO official, the
// United States at the North Atlantic Council.
=== function washington_backs()
{ role == "us":
    ~ return stance("washington", "rumsfeld") >= 1
}
~ return stance("nac", "us") >= 1

// Records, after the North Atlantic Council agreed a NATO sector at Istanbul, what the sector
// still lacks to be a real force; true if nothing. `planned`: NATO was planning a force before
// (the Council had agreed a plan for one, or SACEUR's planners had studied the options).
// The fig-leaf endings explain themselves from these.
=== function division_ready(planned)
~ gap_ready = not planned
~ gap_invite = track("invitation") != "renewed"
~ gap_consent = not three_back()
~ gap_washington = not washington_backs()
~ return track("un") == "passed" && not (gap_ready || gap_invite || gap_consent || gap_washington)

// The reasons a NATO sector turned out to be a badge rather than a force, read from the table.
=== function fig_leaf_reasons()
{ gap_ready: NATO had never planned to command troops in Iraq, so the sector is improvised in a few weeks.}
{ gap_invite: {track("invitation") == "invited": The only Iraqi request is for help; no sovereign Iraqi government has confirmed an invitation to a NATO force, and Iraqi politicians say so.|No Iraqi government has invited a NATO force, and Iraqi politicians say so.} # assert: {track("invitation") != "renewed"}}
{ gap_consent:
    ~ temp doubters = names_below(1)
    {doubters} did not block the sector, but {several(doubters):do|does} not back it either, so {several(doubters):they send|it sends} nobody. # assert: {not three_back()}
}
{ gap_washington: Washington insists that American generals keep real control, so NATO's command is little more than a name on a door. # assert: {not washington_backs()}}

// "France", "France and Belgium", "France, Germany and Belgium": who of the three stands below `bar`.
=== function names_below(bar)
~ return three_names((stance("nac", "france") < bar) * 4 + (stance("nac", "germany") < bar) * 2 + (stance("nac", "belgium") < bar))

// The three by a code: 4 for France, 2 for Germany, 1 for Belgium, added up ("" for 0).
=== function three_names(code)
{ code:
- 1: ~ return "Belgium"
- 2: ~ return "Germany"
- 3: ~ return "Germany and Belgium"
- 4: ~ return "France"
- 5: ~ return "France and Belgium"
- 6: ~ return "France and Germany"
- 7: ~ return "France, Germany and Belgium"
}
~ return ""

// The three capitals by the same code: "Paris", "Berlin and Brussels".
=== function capitals(code)
{ code:
- 1: ~ return "Brussels"
- 2: ~ return "Berlin"
- 3: ~ return "Berlin and Brussels"
- 4: ~ return "Paris"
- 5: ~ return "Paris and Brussels"
- 6: ~ return "Paris and Berlin"
- 7: ~ return "Paris, Berlin and Brussels"
}
~ return ""

// A line on Paris, Berlin and Brussels at the North Atlantic Council: what moved since the
// last such line, then where they stand. It reads the table, so it changes when they do.
=== function paris_mood()
~ temp f = stance("nac", "france")
~ temp g = stance("nac", "germany")
~ temp b = stance("nac", "belgium")
~ temp fresh = seen_france == -9
~ temp up = (f > seen_france) * 4 + (g > seen_germany) * 2 + (b > seen_belgium)
~ temp down = (f < seen_france) * 4 + (g < seen_germany) * 2 + (b < seen_belgium)
~ seen_france = f
~ seen_germany = g
~ seen_belgium = b
{ not fresh:
    {
    - up && down: Since then, {capitals(up)} {one(up):has|have} moved your way, and {capitals(down)} {one(down):has|have} moved away.
    - up == 7: Since then, all three have moved your way.
    - up: Since then, {capitals(up)} {one(up):has|have} moved your way.
    - down: Since then, {capitals(down)} {one(down):has|have} cooled.
    - else: {&Nothing has moved in Paris, Berlin or Brussels since you last took stock.|Paris, Berlin and Brussels stand where they stood.|The three capitals have not moved.}
    }
}
<> {paris_level(f, g, b)}

// True when a code names one of the three.
=== function one(code)
~ return code == 1 or code == 2 or code == 4

=== function paris_level(f, g, b)
~ temp against = (f < 0) * 4 + (g < 0) * 2 + (b < 0)
{
- f >= 1 and g >= 1 and b >= 1: {&Paris, Berlin and Brussels now talk about a NATO role as something that could really happen.|All three would now back a NATO role, if the conditions hold.|For once, Paris, Berlin and Brussels sound like allies on Iraq.}
- not against:
    ~ temp backers = (f >= 1) * 4 + (g >= 1) * 2 + (b >= 1)
    None of the three would block a NATO role now{backers:, and {three_names(backers)} would back one|, though none of them would take part}.
- f <= -3 or g <= -3 or b <= -3:
    ~ temp hostile = (f <= -3) * 4 + (g <= -3) * 2 + (b <= -3)
    {hostile == against:{three_names(hostile)} {one(hostile):is|are} openly hostile to any new NATO role in Iraq, and would block one.|{three_names(against)} would block a new NATO role in Iraq, and {three_names(hostile)} {one(hostile):is|are} openly hostile to one.}
- else: {three_names(against)} would still block a new NATO role in Iraq{against != 7:; {three_names(7 - against)} would not}.
}

// A line on how Washington sees the player, and what moved since the last one: for the US
// official, the Pentagon's view of the control given away (the Defense Secretary on the
// table); for the NATO official, the US mission's trust in NATO's staff (the US at the Council).
=== function washington_mood()
{ role == "us":
    ~ temp p = stance("washington", "rumsfeld")
    ~ temp was = seen_pentagon
    ~ seen_pentagon = p
    { was != -9 && p > was: The Pentagon has warmed to you since last month. }
    { was != -9 && p < was: The Pentagon has cooled on you since last month. }
    {
    - p >= 2: <>{&The Pentagon trusts you: nothing you have offered threatens American command.|In the Pentagon, your name comes up as someone who keeps command American.}
    - p >= 0: <>{&The Pentagon watches what you offer the allies, but has not complained.|The Pentagon reads your memos carefully, and so far lets them pass.}
    - p >= -2: <>{&In the Pentagon, people say you give away too much control.|The Pentagon now checks every line you send to the allies.}
    - else: <>The Pentagon no longer believes you speak for Washington on command and control.
    }
- else:
    ~ temp u = stance("nac", "us")
    ~ temp before = seen_washington
    ~ seen_washington = u
    { before != -9 && u > before: The US mission has warmed to NATO's staff since last month. }
    { before != -9 && u < before: The US mission has cooled on NATO's staff since last month. }
    {
    - u >= 3: <>{&Washington counts on you, and says so.|The US ambassador calls you first when Iraq comes up.}
    - u >= 1: <>{&Washington is watching NATO's staff, neither pleased nor worried.|The US mission is polite, and waiting to see what you propose.}
    - u >= 0: <>{&In Washington, people are starting to ask whose side NATO's staff are on.|The US ambassador has stopped sharing his drafts with you.}
    - else: <>Washington no longer trusts NATO's staff, and would block a NATO mission that did not answer to American generals.
    }
}

// A line on the Governing Council's view of the player, and what moved since the last one.
=== function council_mood()
~ temp iraqis = stance("iraq", "igc")
~ temp before = seen_iraqis
~ seen_iraqis = iraqis
{ before != -9 && iraqis > before: Governing Council members are warmer towards you than last time. }
{ before != -9 && iraqis < before: Governing Council members are cooler towards you than last time. }
{
- iraqis >= 3: <>{&Members of the Governing Council return your calls, and some of them seem to trust you.|Several Council members now ask your advice before they speak in public.}
- iraqis >= 2: <>{&Enough members of the Governing Council trust you that a request from you would be heard.|The Governing Council would listen to you now.}
- iraqis >= 1: <>{&The Governing Council is cautious, but not unfriendly.|Some Council members are warming to you; most are waiting.}
- iraqis == 0: <>{&The Governing Council has no settled view of you yet.|Most Governing Council members are waiting to see what you do.}
- else: <>{&The Governing Council is suspicious of you, and says so.|Governing Council members avoid your calls.}
}

// The Governing Council answers a written request to invite NATO, by its own lead: it invites
// when enough of its members trust the request (its stance on the table).
=== council_answers ===
{ track("invitation") != "requested":
    ->->
}
~ event("council_answers")
{ scenario == "short": The Council takes up your request.|The Governing Council takes up the request to invite NATO.} # table: iraq
~ temp who = blockers("invitation", "invited")
{ propose("invitation", "invited") == "invited":
    ~ change_capital(2)
    In this version of events, because you asked, the Governing Council narrowly agrees to invite NATO to help keep the peace. Critics note that the CPA appointed the Council: the invitation comes from the occupation's own creation. # assert: {track("invitation") == "invited"} # note: This invitation is an invention of the game. The Iraqi request NATO historically acted on was Allawi's letter of 22 June 2004.
- else:
    ~ change_capital(-2)
    The Governing Council will not invite NATO. Too many members say that more foreign soldiers, under any flag, would look like more occupation. {turkey_pushed: One of them reminds you of the Turkish troops you tried to press on them.} # assert: {track("invitation") == "refused" and who != ""} # note: This answer is an invention of the game. The Iraqi request NATO historically acted on was Allawi's letter of 22 June 2004.
}
->->

// A second try at the Governing Council before it dissolves (March, full scenario).
=== council_retry ===
{ inv_ok() || track("invitation") == "requested":
    ->->
}
The Governing Council will dissolve at the end of June. {track("invitation") == "refused": It has already said no to inviting NATO once.} {council_mood()} # table: iraq
* [Ask the Governing Council for a written request to NATO before it dissolves. # lean: iraq]
    { track("invitation") != "sounding":
        ~ move_track("invitation", "sounding")
    }
    ~ move_track("invitation", "requested")
    ~ change_capital(-3)
    The request goes to Baghdad. The Council promises an answer next month.
* [Leave the invitation to the sovereign government that takes over in June. # lean: allies]
    ~ change_capital(1)
    ~ move_stance("iraq", "igc", 1)
    You decide an invitation from an appointed council is worth less than one from a government. Several Council members agree.
- ->->

// The short scenario's single question to the Governing Council (spring 2004).
=== council_short ===
{ inv_ok() || track("invitation") == "requested":
    ->->
}
The Governing Council hands power to a sovereign government in June. {council_mood()} Do you ask it to invite NATO first? # table: iraq
* [Ask the Governing Council formally to invite NATO. # lean: iraq]
    { track("invitation") != "sounding":
        ~ move_track("invitation", "sounding")
    }
    ~ move_track("invitation", "requested")
    ~ change_capital(-3)
    -> council_answers ->
* [Wait for the sovereign government. # lean: allies]
    ~ change_capital(1)
    ~ move_stance("iraq", "igc", 1)
    You decide an invitation from an appointed council is worth less than one from a government. Several Council members agree.
- ->->
