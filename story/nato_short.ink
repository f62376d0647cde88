// NATO official, short scenario: four turns (Aug 2003, Oct 2003, Apr 2004, Jun 2004).
// Turn 1 is nato_aug; the other turns retell the months in between and reuse the decisions
// of the full campaign as tunnels. A playthrough stays under 2,000 words: the short turns skip
// the text-only events of the months they pass over (Najaf, the second UN bomb, the new
// Secretary-General, Saddam Hussein's capture, the Madrid donors' conference, Nasiriyah, the interim
// constitution), and the stitches they reuse speak of their own month when the scenario
// is short. Each short turn stands for several months, so the NATO desk's upkeep (a point a
// month for every ally standing against, table.ink) is charged for the months it skips too.

=== nato_s2 ===
# turn: 2
# date: 2003-10
October 2003. {paris_mood()}
-> months_between(1) ->
{ event_on("polish_division"): -> ev_polish_division -> }
-> ev_back_to_un ->
-> nato_sep.division ->
-> nato_oct.vote ->
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
{ why == "time": -> nato_end_time }
-> nato_s3

=== nato_s3 ===
# turn: 3
# date: 2004-04
April 2004. Since October:
-> ev_november_15 ->
{ event_on("madrid_bombings"): -> ev_madrid_bombings -> }
{ event_on("enlargement"): -> ev_enlargement -> }
-> months_between(5) ->
{paris_mood()} In February the new Secretary-General, Jaap de Hoop Scheffer, asked you what NATO should offer to do after June.
-> nato_feb.model ->
-> council_short ->
Then April arrives.
{ event_on("fallujah"): -> ev_fallujah -> }
{ event_on("spain_withdraws"): -> ev_spain_withdraws -> }
-> nato_apr.crisis ->
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
{ why == "time": -> nato_end_time }
-> nato_s4

=== nato_s4 ===
# turn: 4
# date: 2004-06
June 2004, the month the occupation ends.
-> months_between(1) ->
{ event_on("abu_ghraib"):
    -> ev_abu_ghraib ->
    -> nato_apr.photographs ->
}
-> nato_may.letter ->
-> nato_jun.body ->
-> nato_finish

// The months a short turn passes over cost the NATO desk what its upkeep would have: a point a
// month for every member of the North Atlantic Council standing against (the end of the turn
// charges its own month).
=== months_between(months) ===
~ event("months_between")
~ temp against = nac_dissent()
{ against > 0:
    ~ change_capital(-against * months)
    With {against} {against == 1:ally|allies} standing against you, {months == 1:that month|those {months} months} cost you {against * months} {against * months == 1:point|points} of trust.
}
->->

// How many members of the North Atlantic Council stand against (below 0): those the campaign moves.
=== function nac_dissent()
~ return (stance("nac", "france") < 0) + (stance("nac", "germany") < 0) + (stance("nac", "belgium") < 0) + (stance("nac", "us") < 0) + (stance("nac", "spain") < 0) + (stance("nac", "turkey") < 0) + (stance("nac", "canada") < 0) + (stance("nac", "norway") < 0)
