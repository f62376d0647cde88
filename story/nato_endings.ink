// NATO official: endings. Each is a debrief: what you achieved, what really happened (# history),
// and three questions for discussion (# question).

=== nato_end_division ===
# ending: nato-un-division
# title: A NATO division under a UN mandate
At Istanbul all 26 allies agree that NATO will lead a division in the sector south of Baghdad, under resolution 1546 and at the written request of Iraq's new government. France, Germany and Belgium send no soldiers, but they back it, and they say publicly why: the three conditions have been met. # assert: {track("command") == "nato-sector" and track("un") == "passed" and track("invitation") == "renewed" and three_back()}
It is the biggest thing NATO has ever agreed to do outside Europe. US troops in Iraq fall to about {us_troops()},000; allied troops rise to about {allied_troops()},000. You keep {capital()} points of trust. {detainee_rules: Your rules on detainees are part of the deal.} # assert: {track("command") == "nato-sector" and washington_backs()}
Historically, nothing like this happened. NATO never took over a sector or a division in Iraq, and the multinational force stayed under US command until US forces left at the end of 2011. # history
What NATO did agree at Istanbul on 28-29 June 2004 was to help train Iraqi security forces, after a letter of 22 June from Ayad Allawi, head of the incoming interim government. # history
Which of the three conditions mattered most in the end: the UN, the invitation or independence from the CPA? # question
France, Germany and Belgium signed but sent nobody. Is that a real consensus? # question
Your path needed many things to go right at once. Which was least likely in the real world? # question
-> END

=== nato_end_own_mission ===
# ending: nato-own-mission
# title: A mission of NATO's own
At Istanbul the allies agree to a NATO mission in Iraq that is not part of the coalition: it answers to NATO's Council, reports to the Security Council, and works at the request of Iraq's government. Paris calls it the first truly independent role anyone has offered Iraq. Washington does not break silence, but accepts it only reluctantly. # assert: {track("command") == "parallel" and track("un") == "passed" and inv_ok()}
US troops in Iraq stand at about {us_troops()},000, and allied troops at about {allied_troops()},000. You keep {capital()} points of trust. Two commands now work side by side in one country, and everyone knows that will be hard. # assert: {track("command") == "parallel"}
Historically, NATO's only mission in Iraq was for training. Washington and Paris disagreed over who would command it, and its commander was the US general who also led the coalition's training. # history
That mission, NTM-I, trained Iraqi officers until the end of 2011; France, Germany and Belgium trained Iraqis only outside Iraq, or paid instead of sending people. # history
Why did Washington fear two separate commands in one country? # question
Why did Paris think independence from the occupation mattered so much, even after the occupation ended? # question
Is a mission that one side accepts only reluctantly a success? # question
-> END

=== nato_end_training ===
# ending: nato-istanbul-training
# title: Training at Istanbul
At Istanbul the allies agree that NATO will help train Iraq's security forces. Every ally signs: there is a UN resolution, there is {letter_written:a letter from Ayad Allawi, written on 22 June as head of the incoming interim government,|the Governing Council's invitation}, and the occupation is over. {outside_training: Germany's offer to train Iraqis outside Iraq is part of the plan from the first day.} # assert: {track("command") == "training" and track("un") == "passed" and inv_ok()}
{summit_ask == "training_us": Its commander is the American general who also leads the coalition's training.} It is modest. US troops in Iraq stand at about {us_troops()},000, and allied troops at about {allied_troops()},000. You keep {capital()} points of trust, and the alliance is still in one piece. # assert: {track("command") == "training"}
This is close to what really happened. On 30 July 2004 NATO set up a training mission in Iraq with about 50 officers. Washington and Paris had disagreed over who would command it; its commander was the US general who also led the coalition's training, Lt. Gen. David Petraeus. # history
In September 2004 the mission grew to about 300 and became the NATO Training Mission-Iraq, which trained Iraqi officers inside and outside Iraq until 31 December 2011. Several members, France, Germany and Belgium among them, trained Iraqis only outside Iraq or gave money instead of people. # history
Why was training the one role every ally could sign? # question
Did the three conditions protect NATO, or only delay it? # question
Was a training mission a real share of the burden, or a symbol? # question
-> END

=== nato_end_fig_leaf ===
# ending: nato-fig-leaf
# title: A fig leaf
At Istanbul the allies agree that NATO will take over the Polish-led sector. France, Germany and Belgium let it through without blocking, but they send nobody{gap_invite:, and their leaders say in public that the conditions were not met: no sovereign Iraqi government has asked for a NATO force}. # assert: {track("command") == "nato-sector" and (gap_ready or gap_invite or gap_consent or gap_washington)}
The "NATO sector" is mostly the same soldiers {gap_washington:under the same American generals|as before}, with a new badge. Iraqis see a new flag on the same occupation. US troops fall only to about {us_troops()},000; allied troops stand at about {allied_troops()},000. You keep {capital()} points of trust, and NATO's name is now tied to a war several of its members opposed. # assert: {track("command") == "nato-sector"}
{fig_leaf_reasons()}
Historically, NATO never took over a sector in Iraq. France, Germany and Belgium held to their conditions, and the only role they signed was training, after a UN resolution and an Iraqi request. # history
In that training mission several allies trained Iraqis only outside Iraq, or sent money instead of people. # history
What is a fig leaf, and why did the NATO staff fear the alliance would become one? # question
What was missing from your plan at Istanbul, and when could you have supplied it? # question
Is a NATO role that some members sign but refuse to take part in better than no role? # question
-> END

=== nato_end_split ===
# ending: nato-alliance-split
# title: The alliance splits
You put {summit_ask == "own":a mission of NATO's own|a NATO division} on the summit table while {summit_blocked_by} {several(summit_blocked_by):were|was} still against it. At Istanbul {summit_blocked_by} {break_silence(summit_blocked_by)}, in public. NATO decides by consensus; when even one member refuses, there is no decision, only a row. # assert: {track("command") != "nato-sector" and track("command") != "parallel" and summit_blocked_by != ""}
In this version of events {summit_ask == "own":Washington says it will deal with allies one by one|Washington will build the force with willing allies outside NATO}, and Paris, Berlin and Brussels talk again of a defence planning cell of their own. NATO's back-room help to the division goes on, but its Iraq file is closed. You keep {capital()} points of trust. # assert: {track("command") == "support"}
Historically, the alliance did not split over Iraq's stabilisation: at Istanbul on 28-29 June 2004 all 26 allies agreed to help train Iraqi security forces. # history
The argument over who would command that mission went on after Istanbul; it stayed a NATO mission, led by the US general who also ran the coalition's training command. # history
Why does consensus make NATO strong in some moments and weak in others? # question
Was forcing the question braver, or just more costly, than waiting? # question
Whose interests does a divided alliance serve? # question
-> END

=== nato_end_back_room ===
# ending: nato-back-room
# title: Back in the back room
The Istanbul summit says warm words about Iraq's sovereignty and agrees nothing new. NATO goes on helping the Polish-led division with planning, communications and logistics, as it did in August. # assert: {track("command") == "support"}
{ summit_ask == "own" and not inv_ok(): You proposed a mission of NATO's own, but no Iraqi body had invited NATO, so there was nothing for it to answer; the proposal never reached the leaders. # assert: {not inv_ok()}}
{ summit_ask != "nothing" and summit_blocked_by != "": You proposed {summit_ask == "own":a mission of NATO's own|a training mission}, and in the North Atlantic Council {summit_blocked_by} {break_silence(summit_blocked_by)}. Any one member can stop NATO acting, and {several(summit_blocked_by):they did|it did}. # assert: {summit_blocked_by != ""}}
Nobody is angry with NATO, and nobody is grateful. US troops in Iraq stand at about {us_troops()},000; allied troops at about {allied_troops()},000. You keep {capital()} points of trust. # assert: {track("command") == "support"}
Historically, NATO did a little more than this. After Ayad Allawi's letter of 22 June 2004, written as head of the incoming interim government, the Istanbul summit agreed to help train Iraqi security forces, and a training mission was set up in July. # history
The alliance never went beyond training: it never commanded a sector or a division in Iraq. # history
What did NATO gain by staying in the back room, and what did it lose? # question
Was there a moment in this year when a bigger NATO role was really possible? # question
Is avoiding a split always worth the price of doing nothing? # question
-> END

=== nato_end_capital ===
# ending: nato-capital-collapse
# title: Out of trust
You have used up the allies' trust, and Washington's. Ambassadors stop taking your calls, and the Secretary-General needs someone on the Iraq file whom everyone still trusts. You step aside. # assert: {capital() <= 0}
When you leave, US troops in Iraq stand at about {us_troops()},000 and allied troops at about {allied_troops()},000. # assert: {capital() <= 0}
Historically, Jaap de Hoop Scheffer succeeded Robertson in January 2004, and the allies decided on Iraq only at Istanbul, after resolution 1546 and an Iraqi request. # history
At Istanbul in June 2004 NATO agreed to help train Iraqi security forces, a role all the allies could accept. # history
Which of your decisions cost the most trust, and was it worth it? # question
What can an international official do when the member states disagree? # question
When is waiting a strategy, and when is it an excuse? # question
-> END

=== nato_end_burden ===
# ending: nato-burden-collapse
# title: Washington walks away
US troops in Iraq reach about {us_troops()},000. The American army cannot keep that many soldiers there, Congress refuses to pay for more, and Washington decides NATO has nothing to offer in time. The White House stops asking Brussels for help and turns to individual allies instead. Your Iraq file is closed, and you are moved to other work. # assert: {us_troops() >= 175}
Allied troops stand at about {allied_troops()},000. You leave the file with {capital()} points of trust. # assert: {us_troops() >= 175}
Historically, US troops in Iraq numbered about 130,000 in the autumn of 2003, fell to about 115,000-120,000 during the winter rotation, and rose again to about 135,000-138,000 when units were held over in April 2004; about 138,000 were there at the handover. # history
Washington wanted more allied troops above all to relieve US units; at Istanbul it accepted a NATO training mission. # history
Why does the size of the American burden matter to a NATO official in Brussels? # question
Which events pushed the burden up, and which decisions could have pushed it down? # question
Can an alliance survive if its biggest member stops asking it for help? # question
-> END

// Reached only when a scenario file gives fewer months than the story has (turns < 11 full, < 4 short).
=== nato_end_time ===
# ending: nato-out-of-time
# title: Out of time
The months this exercise gave you are used up, and the North Atlantic Council has not decided what NATO will do after June. {track("un") == "passed": The Security Council has spoken, but Paris, Berlin and Brussels still weigh what it means for NATO.|The Security Council has not given the mandate that Paris, Berlin and Brussels asked for.} # assert: {max_turns() < story_months()}
{track("command"):
- "support": NATO is where it was in August: in the back room, helping the Polish-led division with planning and logistics.
- "training": NATO has agreed to help train Iraqi officers, and nothing more yet.
- "withdrawn": NATO has stepped back even from the back-room help it gave in August.
- else: The Council has agreed to plan a larger NATO role, but no ally has yet offered the troops.
}
{inv_ok(): An Iraqi invitation sits in your file, waiting to be used.|No Iraqi body has asked NATO in.} You keep {capital()} points of trust; US troops in Iraq stand at about {us_troops()},000. # assert: {max_turns() < story_months()}
Historically, the alliance took its decision only at the Istanbul summit, on 28-29 June 2004, after Ayad Allawi's letter of 22 June, written as head of the incoming interim government: NATO would help train Iraqi security forces, and nothing more. # history
NATO never commanded a sector or a division in Iraq. # history
Which of the three conditions was closest to being met when your time ran out? # question
What did waiting for consensus cost, and what did it protect? # question
Do deadlines help allies agree, or do they reward whoever can wait longest? # question
-> END
