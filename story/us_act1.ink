// US official, act 1: August - October 2003. The first draft, the bombing, resolution 1511.
// Decisions are tunnels (stitches ending in ->->) so the short scenario can reuse them.

=== us_aug ===
# turn: 1
# date: 2003-08
August 2003, Washington. You are a deputy assistant secretary of state, and your file is NATO.
Your job: get more allied soldiers into Iraq so that fewer Americans are needed there, without giving away more control than Washington will accept.
About 146,000 US troops are in Iraq. They face ambushes almost every day, above all in the "Sunni triangle" of central Iraq. # note: About 146,000 US troops were in Iraq in summer 2003. About 50 had been killed by hostile action since the President declared major combat over on 1 May.
Iraq is run by the Coalition Provisional Authority, the CPA: the American-British occupation authority, led by L. Paul Bremer. # note: CPA: the Coalition Provisional Authority, which governed Iraq from May 2003. UN resolution 1483 (22 May 2003) recognised the US and the UK as occupying powers in Iraq.
{ scenario == "short": Beside it sits the Iraqi Governing Council: 25 Iraqis chosen by the CPA in July, answerable to Bremer, elected by nobody.|Beside it sits the Iraqi Governing Council, the IGC: 25 Iraqis chosen by the CPA in July. It can name ministers, but it answers to Bremer, and nobody elected it.} # note: IGC: the Iraqi Governing Council, appointed 13 July 2003: 13 Shia, 5 Sunni Arab, 5 Kurdish, 1 Turkmen and 1 Assyrian member, 3 of them women.
{ scenario == "short": So far NATO helps only from the back room, with a Polish-led division that takes over south of Baghdad in September.|In July the Senate voted 97-0 to urge the President to consider asking NATO to raise a force for Iraq. So far NATO helps only from the back room: planning, communications and logistics for a Polish-led division that takes over south of Baghdad in September.} # note: NATO's help was force generation, planning, communications and logistics. The Senate's 97-0 measure of July 2003 was non-binding: it urged the President to consider asking NATO, and the UN, for troops, as in Afghanistan, Bosnia and Kosovo; it did not vote for a NATO force. In Afghanistan NATO had by then only agreed to take over the peace force in Kabul.
Most NATO governments backed the war; France, Germany and Belgium led those that opposed it. Their price for anything more from NATO: a wider UN mandate, an invitation from a legitimate Iraqi body, and a NATO role apart from the CPA. At Donald Rumsfeld's Pentagon, all three sound like handing control to the people who said no.
{ event_on("isaf"): -> ev_isaf -> }
-> ev_unscr1500 ->
A planner from the Pentagon stops at your door. "Get us soldiers," she says. "Just don't get us a committee."
~ start_us = us_troops()
-> opening ->
{ event_on("un_bombing"):
    -> ev_un_bombing ->
    { scenario == "full": -> bombing_memo -> }
}
{ scenario == "full": -> desk -> }
-> close

= opening
Where do you start? # table: nac
* [Draft a new UN resolution to bring more countries in. # lean: allies]
    ~ move_track("un", "drafting")
    ~ pay(1)
    ~ move_stance("nac", "france", 1)
    You put a first draft on paper: a multinational force, still under American command, with the Security Council's blessing. The Pentagon planner asks why you need the UN at all. In Paris, someone notices that Washington is at least thinking about the Security Council again.
* [Ask Paris and Berlin exactly what they would need. # lean: allies]
    ~ move_track("un", "consulting")
    ~ pay(1)
    ~ move_stance("nac", "germany", 1)
    ~ temp mood = RANDOM(1, 3)
    { mood == 3:
        ~ move_stance("nac", "france", 1)
        ~ move_stance("unsc", "france", 1)
        The French embassy's political counsellor is in a generous mood. "Give the UN a real political job and give the Iraqis a date," he says, "and you will be surprised what Paris can vote for." He does not promise soldiers.
    - else:
        The French embassy's political counsellor reads you a list: a UN role with real powers, a date for Iraqi self-rule, no French soldiers under American orders. Berlin's list is shorter and almost the same.
    }
* [Ask NATO to run the Polish-led division. # lean: washington]
    ~ pay(5)
    ~ move_stance("washington", "rumsfeld", 1)
    Nicholas Burns, the US ambassador to NATO, puts your request to the North Atlantic Council, where all 19 allies must agree.
    { go_command("polish-model") == "polish-model":
        In this version of events the Council agrees: nobody objects, and NATO staff officers are to join the Polish headquarters. The Pentagon likes it: the division would still answer to American generals. # assert: {track("command") == "polish-model"} # note: Historically NATO never ran the Polish-led division. It helped only from the back room: finding troops, planning, communications and logistics.
    - else:
        The Pentagon likes the request, but the Council decides by consensus, and {blocked_by} {break_silence(blocked_by)}: the Council cannot agree. # assert: {track("command") != "polish-model" and blocked_by != ""} # note: "Breaking silence": a draft decision goes round the allies, and it is agreed unless one of them objects before the deadline.
    }
    ~ move_stance("nac", "france", -1)
    ~ move_stance("nac", "belgium", -1)
    Paris calls the request an attempt to paint a NATO flag on the occupation, and Belgium agrees in public.
* [Phone Poland's partners and ask for more troops. # lean: allies]
    ~ change_troops(-2, 2)
    It takes twenty phone calls and a favour owed to every capital you ring. Two smaller allies find about a thousand more soldiers each, and two American battalions can be sent home early. # note: These extra soldiers are an invention of the game. Historically it took Poland two months to gather its division of 8,000-9,000 soldiers from 17 or more countries.
- ->->

= bombing_memo
Your Assistant Secretary wants a one-page memo: what does the bombing mean for your plans?
* [Argue that Iraq needs more soldiers fast, and America must send them if allies won't. # lean: washington]
    ~ surges += 1
    ~ change_troops(5, 0)
    ~ change_capital(2)
    ~ move_stance("nac", "germany", -1)
    The memo goes down well upstairs, and in this version of events a brigade's deployment is brought forward. In Berlin a senior official tells reporters that soldiers cannot fix a political problem. # note: Historically Washington did not send more troops after the bombing: US numbers in Iraq fell to about 130,000 that autumn.
* [Argue that the UN needs a bigger political role, not a smaller one. # lean: allies]
    ~ move_stance("nac", "france", 1)
    ~ move_stance("washington", "rumsfeld", -1)
    A Pentagon planner calls your memo "the UN's press release". But a week later the French ambassador quotes one of its lines back to you at dinner, approvingly.
- ->->

= desk
Before you go home, a staffer from the Senate Foreign Relations Committee calls. In July her senator voted with the other 96 to urge the President to consider asking NATO for help. "So where is NATO?" she asks. "My boss wants something to say on Sunday television."
* [Send her a one-page note on NATO's quiet help to the Polish division, and promise more soon. # lean: washington]
    ~ change_capital(1)
    She likes the note. On Sunday her senator says NATO is "already on the ground, in a way", which is almost true. Your Assistant Secretary is pleased that the Senate sounds patient.
* [Tell her plainly: Paris and Berlin want a bigger UN role first, and that will take months. # lean: allies]
    ~ move_stance("nac", "germany", 1)
    She sighs and says her boss will not enjoy that. But the line reaches the German embassy, and a diplomat there thanks you for not blaming Berlin in public.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> us_end_capital }
{ why == "burden": -> us_end_burden }
{ why == "time": -> us_end_time }
{ scenario == "short": -> us_s2 }
-> us_sep

=== us_sep ===
# turn: 2
# date: 2003-09
September 2003. {paris_mood()}
{ event_on("najaf"): -> ev_najaf -> }
{ event_on("polish_division"): -> ev_polish_division -> }
{ track("command") == "polish-model": Because the North Atlantic Council agreed to your August request, NATO staff officers now sit inside the Polish headquarters, and the alliance's name is on the division's planning papers. # assert: {track("command") == "polish-model"}}
-> ev_back_to_un ->
{ event_on("un_second_bomb"): -> ev_un_second_bomb -> }
-> draft ->
-> iraqis ->
-> desk ->
-> close

= draft
{ scenario == "short": Colin Powell wants a text the Security Council can pass: nine votes in favour and no veto. You write the section Paris cares about most: who governs Iraq, and for how long?|Secretary of State Colin Powell wants a text the Security Council can pass: nine votes in favour and no veto from a permanent member (China, France, Russia, Britain, the United States). You write the section Paris cares about most: who governs Iraq, and for how long. What goes in it?} # table: unsc
* [A timetable for Iraqi self-rule, as Paris and Berlin demand. # lean: allies]
    ~ timetable = true
    ~ pay(1)
    ~ move_stance("nac", "france", 1)
    ~ move_stance("nac", "germany", 1)
    ~ move_stance("unsc", "france", 1)
    ~ move_stance("unsc", "germany", 1)
    ~ move_stance("unsc", "russia", 1)
    ~ move_stance("washington", "bremer", -1)
    ~ move_stance("iraq", "igc", 1)
    The CPA's lawyers hate it: a timetable ties Bremer's hands. Governing Council members love it for the same reason. In Paris a diplomat calls it "the first American draft we can read without a headache".
* [A US-led force, and a UN role only "as circumstances permit". # lean: washington]
    ~ change_capital(3)
    ~ move_stance("unsc", "france", -1)
    ~ move_stance("unsc", "germany", -1)
    The Pentagon signs off in a day. Paris and Berlin say they will propose amendments, and you know they will.
* [Invite NATO to consider a role in Iraq. # lean: washington]
    ~ nato_line = true
    ~ pay(2)
    ~ move_stance("nac", "france", -1)
    ~ move_stance("unsc", "france", -1)
    ~ move_stance("washington", "rumsfeld", 1)
    The Pentagon likes the line, since any NATO force would sit under American command. Paris does not: "You are asking the alliance to join the occupation in a single sentence," a French diplomat tells you.
- ->->

= iraqis
Bremer's staff ask whether they should sound out the Governing Council about inviting NATO.
* [Yes: ask Governing Council members, quietly, whether they would invite NATO. # lean: allies]
    { track("invitation") == "none" || track("invitation") == "refused":
        ~ move_track("invitation", "sounding")
    }
    The answers are mixed. Some Kurdish members are warm. Others are wary of anything that means more foreign soldiers, whatever flag they wear. Nobody says no.
* [Not yet: the Council must not look as if it takes orders from Washington. # lean: iraq]
    ~ change_capital(1)
    ~ move_stance("iraq", "igc", 1)
    You leave the Council alone. Its members notice, and one of them says so to a CPA official.
- ->->

= desk
A fax arrives from the staff of the Polish-led division, now in command south of Baghdad. They have soldiers from many countries and too few people who speak Arabic. They ask for American interpreters and two helicopters for the first weeks.
* [Press the Pentagon to lend them interpreters and helicopters from the Marines who are leaving. # lean: iraq]
    ~ pay(1)
    ~ move_stance("iraq", "igc", 1)
    It costs you a favour in the Pentagon. The interpreters arrive within a week, and local councils in Karbala and Hillah start to get answers in their own language.
* [Tell them to ask NATO's planners for help instead. # lean: washington]
    ~ change_capital(1)
    The Pentagon likes a bill that lands in Brussels and not on its own desk. The Polish chief of staff writes back one dry sentence: "We will manage."
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> us_end_capital }
{ why == "burden": -> us_end_burden }
{ why == "time": -> us_end_time }
-> us_oct

=== us_oct ===
# turn: 3
# date: 2003-10
October 2003. {paris_mood()} {council_mood()}
{ event_on("turkey_troops"):
    -> ev_turkey ->
    -> turkey ->
}
-> vote ->
{ event_on("madrid_conference"): -> ev_madrid_conference -> }
-> desk ->
-> close

= turkey
Turkey is offering exactly what you have been asking for: a big, capable army. The Governing Council does not want it.
* [Press the Governing Council to accept the Turkish troops. # lean: washington]
    ~ turkey_pushed = true
    ~ pay(3)
    ~ move_stance("iraq", "igc", -2)
    ~ move_stance("nac", "turkey", 1)
    { track("invitation") == "sounding":
        ~ move_track("invitation", "refused")
        The Council refuses, and the members you sounded out about NATO stop answering. If Washington treats them like this, they say, they will not invite anyone.
    - else:
        The Council refuses. Kurdish members say they will never accept Turkish soldiers on Iraqi soil.
    }
* [Let the Turkish offer fade; the Council has said no. # lean: iraq]
    ~ pay(1)
    ~ move_stance("iraq", "igc", 1)
    Pentagon planners grumble about 10,000 soldiers lost. Council members notice that Washington listened to them.
- ->->

= vote
{ scenario == "short": France, Germany and Russia offer late amendments to the draft:|After weeks of bargaining the draft resolution is nearly ready. France, Germany and Russia offer late amendments:} a stronger political role for the UN, and a date by which the Governing Council must set out a timetable for a constitution and elections. {nato_line: Their amendments also cut your line about NATO.} # table: unsc
{ timetable: The timetable you wrote into the draft already gives them part of what they ask. # assert: {timetable}}
* [Accept the amendments and call the vote. # lean: allies]
    ~ amended = true
    ~ un_amendments()
    -> call_vote ->
    ~ change_capital(3)
    ~ move_three(1)
    ~ move_stance("washington", "rumsfeld", -1)
    -> ev_1511 ->
    For you the lesson is plain. A unanimous vote buys legitimacy, not soldiers.
* [Refuse the amendments and call the vote. # lean: washington]
    -> call_vote ->
    ~ move_stance("nac", "france", -1)
    ~ move_stance("nac", "germany", -1)
    ~ move_stance("washington", "rumsfeld", 1)
    { track("un"):
    - "passed":
        ~ change_capital(1)
        In this version of events, because you refused the amendments, resolution 1511 passes with {tally("unsc")}. It authorises a US-led force under unified command. Nobody new offers a soldier. # assert: {track("un") == "passed" and tally("unsc") != "15 in favour, 0 against, 0 abstaining"} # note: Historically the late amendments went in, and resolution 1511 passed 15-0 on 16 October 2003.
    - "vetoed":
        ~ no_1511 = true
        ~ pay(2)
        In this version of events, because you refused the amendments, {vetoed_by} {vetoes(vetoed_by)} the text. There is no resolution 1511: the occupation goes on under the older resolution 1483 alone. # assert: {track("un") == "vetoed" and vetoed_by != ""} # note: Historically the late amendments went in, and resolution 1511 passed 15-0 on 16 October 2003.
    - else:
        ~ no_1511 = true
        ~ pay(2)
        In this version of events, because you refused the amendments, the text fails with {tally("unsc")}: a resolution needs nine votes in favour. There is no resolution 1511: the occupation goes on under the older resolution 1483 alone. # assert: {track("un") == "failed"} # note: Historically the late amendments went in, and resolution 1511 passed 15-0 on 16 October 2003.
    }
* [Withdraw the draft rather than give the UN more say. # lean: washington]
    ~ no_1511 = true
    ~ move_track("un", "shelved")
    ~ pay(4)
    ~ move_stance("nac", "france", -1)
    ~ move_stance("nac", "germany", -1)
    ~ move_stance("unsc", "france", -1)
    ~ move_stance("unsc", "germany", -1)
    ~ move_stance("unsc", "russia", -1)
    ~ move_stance("washington", "rumsfeld", 1)
    You recommend pulling the draft, and in this version of events the State Department does: there is no resolution 1511. The occupation goes on under the older resolution 1483 alone, and every ambassador who spent seven weeks on the text remembers who wasted them. # note: Historically the draft was not withdrawn: with the late amendments, resolution 1511 passed 15-0 on 16 October 2003.
- ->->

= call_vote
{ track("un") != "drafting":
    ~ un_redraft()
}
~ move_track("un", "tabled")
~ vetoed_by = blockers("un", "passed")
~ temp result = propose("un", "passed")
->->

= desk
A Treasury official calls about the donors' conference in Madrid at the end of the month. "Some allies will send money but not soldiers," she says. "Do we thank them as if they had helped, or do we say only soldiers count?"
* [Say money counts too: an ally who pays for Iraq's rebuilding is sharing the burden. # lean: allies]
    ~ move_stance("nac", "germany", 1)
    A Pentagon planner says you are letting Europe send money instead of soldiers. In Berlin, an official tells a reporter that Washington has "finally understood" that help comes in more than one shape.
* [Say only soldiers count: money does not relieve a single American unit. # lean: washington]
    ~ change_capital(1)
    ~ move_stance("nac", "france", -1)
    The line plays well on Capitol Hill. In Paris it is read as proof that Washington wants soldiers, not partners.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> us_end_capital }
{ why == "burden": -> us_end_burden }
{ why == "time": -> us_end_time }
-> us_nov

// A decision's cost in political capital. In the short game a turn stands for two to six
// months of calls and favours, so what a decision costs counts double there.
=== function pay(points)
~ change_capital(-points * (1 + (scenario == "short")))
