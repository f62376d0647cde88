// NATO official, short scenario: four turns (Aug 2003, Oct 2003, Apr 2004, Jun 2004).
// Turn 1 is nato_aug; the other turns retell the months in between and reuse the decisions
// of the full campaign as tunnels.

=== nato_s2 ===
# turn: 2
# date: 2003-10
October 2003. Six weeks have passed since August, and they have not been quiet. {paris_mood()}
{ event_on("najaf"): -> ev_najaf -> }
{ event_on("polish_division"): -> ev_polish_division -> }
-> ev_back_to_un ->
{ event_on("un_second_bomb"): -> ev_un_second_bomb -> }
-> nato_sep.division ->
-> nato_oct.vote ->
{ event_on("madrid_conference"): -> ev_madrid_conference -> }
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
{ why == "time": -> nato_end_time }
-> nato_s3

=== nato_s3 ===
# turn: 3
# date: 2004-04
April 2004. Six months have passed in a rush since the vote in New York. Here is what happened while you were busy.
{ event_on("nasiriyah"): -> ev_nasiriyah -> }
-> ev_november_15 ->
{ event_on("saddam_captured"): -> ev_saddam -> }
{ event_on("new_secgen"): -> ev_new_secgen -> }
-> ev_tal ->
{ event_on("madrid_bombings"): -> ev_madrid_bombings -> }
{ event_on("enlargement"): -> ev_enlargement -> }
{paris_mood()} {washington_mood()} Back in February the new Secretary-General asked you for one option: what should NATO offer to do in Iraq after June?
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
June 2004, the month the occupation ends. {paris_mood()}
{ event_on("abu_ghraib"):
    -> ev_abu_ghraib ->
    -> nato_apr.photographs ->
}
In May the new Iraqi government was being put together, and the question was whether it would write to NATO.
-> nato_may.letter ->
-> nato_jun.body ->
-> nato_finish
