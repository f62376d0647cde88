// US official, short scenario: four turns (Aug 2003, Oct 2003, Apr 2004, Jun 2004).
// Turn 1 is us_aug; the other turns retell the months in between and reuse the decisions
// of the full campaign as tunnels. A playthrough stays under 2,000 words: like the NATO official's,
// the short turns skip the text-only events of the months they pass over (Najaf, the second UN
// bomb, the new Secretary-General), the shared events tell a shorter story when the scenario is
// short (the facts left out stay in their notes), and June has no second look at the allies.

=== us_s2 ===
# turn: 2
# date: 2003-10
October 2003. {paris_mood()}
{ event_on("polish_division"): -> ev_polish_division -> }
-> ev_back_to_un ->
-> us_sep.draft ->
-> us_oct.vote ->
{ event_on("madrid_conference"): -> ev_madrid_conference -> }
~ temp why = end_turn()
{ why == "capital": -> us_end_capital }
{ why == "burden": -> us_end_burden }
{ why == "time": -> us_end_time }
-> us_s3

=== us_s3 ===
# turn: 3
# date: 2004-04
April 2004. Since October:
{ event_on("nasiriyah"): -> ev_nasiriyah -> }
-> ev_november_15 ->
{ event_on("saddam_captured"): -> ev_saddam -> }
-> ev_tal ->
{ event_on("madrid_bombings"): -> ev_madrid_bombings -> }
{ event_on("enlargement"): -> ev_enlargement -> }
{paris_mood()} In February you chose what NATO should do in Iraq.
-> us_feb.model ->
-> us_short_invite ->
Then April arrives.
{ event_on("fallujah"): -> ev_fallujah -> }
{ event_on("spain_withdraws"): -> ev_spain_withdraws -> }
-> us_apr.crisis ->
~ temp why = end_turn()
{ why == "capital": -> us_end_capital }
{ why == "burden": -> us_end_burden }
{ why == "time": -> us_end_time }
-> us_s4

=== us_s4 ===
# turn: 4
# date: 2004-06
June 2004, the last month of the occupation.
{ event_on("abu_ghraib"):
    -> ev_abu_ghraib ->
    -> us_apr.photographs ->
}
-> us_may.draft_1546 ->
-> ev_interim_government ->
-> us_jun.body ->
-> us_finish

// The short game's one question to the Governing Council (spring 2004); the Council answers at
// once. The NATO official's is common.ink's council_short.
=== us_short_invite ===
{ inv_ok() || track("invitation") == "requested":
    ->->
}
June's handover nears. {council_mood()} Do you ask the Council, through Bremer's staff, to invite NATO first? # table: iraq
* [Ask the Council formally to invite NATO. # lean: allies]
    { track("invitation") != "sounding":
        ~ move_track("invitation", "sounding")
    }
    ~ move_track("invitation", "requested")
    ~ pay(3)
    -> council_answers ->
* [Wait for the sovereign government. # lean: iraq]
    ~ change_capital(1)
    ~ move_stance("iraq", "igc", 1)
    You leave the invitation to a government, not an appointed council. Several Council members agree.
- ->->
