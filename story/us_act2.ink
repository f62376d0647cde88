// US official, act 2: November 2003 - February 2004. A deadline for sovereignty, a capture,
// a new Secretary-General, and the choice of what NATO should actually do.

=== us_nov ===
# turn: 4
# date: 2003-11
November 2003. {paris_mood()} {washington_mood()}
{ event_on("turkey_troops"): In the first week of the month Turkey drops its plan to send troops. {turkey_pushed: Your pressure on the Governing Council did not change that; it only made the Council warier of you. # assert: {turkey_pushed}} }
{ event_on("nasiriyah"): -> ev_nasiriyah -> }
-> ev_november_15 ->
-> relief ->
-> desk ->
-> close

= relief
US troops in Iraq: about {us_troops()},000. Allied troops: about {allied_troops()},000. How do you use the weeks before Christmas?
* [Ask the Pentagon for more US troops to hold the line until June. # lean: washington]
    ~ surges += 1
    ~ change_troops(10, 0)
    ~ change_capital(2)
    The request goes through quickly; the Pentagon's leaders like a show of strength. Every extra brigade, though, is another month of bills and funerals that Congress will count. # note: Historically US troop numbers fell that winter, to about 115,000-120,000 during the rotation of units.
* [Ask allies to fill gaps in the Polish-led division so US units can go home. # lean: allies]
    ~ change_troops(-3, 3)
    ~ pay(2)
    You spend a fortnight on the phone. Three allies send companies, a field hospital and some military police. It costs favours you will want back, but three thousand Americans come home. # note: These reinforcements are an invention of the game. Historically France, Germany and Russia had said they would send no troops, Pakistan declined, and Turkey dropped its plan in early November.
* [Ask NATO quietly to study what it could do after the June handover. # lean: allies]
    ~ study = true
    ~ move_stance("nac", "germany", 1)
    NATO's planners start a paper with no name on the cover. Even Paris does not object to a study of a world after the occupation.
- ->->

= desk
Sovereignty is now promised to Iraqis by 30 June. You have a free hour and three calls you could make first.
* [Call the Governing Council member who speaks for it on security. # lean: iraq]
    ~ pay(1)
    ~ move_stance("iraq", "igc", 1)
    He is surprised that an American calls to ask what Iraqis want, not to tell them. He asks for one thing: that no foreign force stays after June without Iraqis being asked.
* [Call the French embassy: the date for self-rule that Paris asked for now exists. # lean: allies]
    ~ move_stance("nac", "france", 1)
    The political counsellor is careful, but warmer than usual. "A date is a beginning," he says. "Now show us that the UN and the Iraqis will have a real say."
* [Call the Pentagon to promise that command will stay American after June. # lean: washington]
    ~ change_capital(2)
    ~ move_stance("washington", "rumsfeld", 1)
    The Pentagon planner is relieved. "Good," she says. "Then the date is just a date."
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> us_end_capital }
{ why == "burden": -> us_end_burden }
{ why == "time": -> us_end_time }
-> us_dec

=== us_dec ===
# turn: 5
# date: 2003-12
December 2003. {paris_mood()}
{ event_on("saddam_captured"): -> ev_saddam -> }
-> spend ->
-> council ->
-> desk ->
-> close

= spend
~ temp mood = RANDOM(1, 3)
Before the holidays you have one chance to ask Europe for something. # table: nac {mood == 1: The German ambassador, you hear, is tired and irritable this month.}{mood == 2: The German ambassador, you hear, is neither warm nor cold this month.}{mood == 3: The German ambassador, you hear, has been telling colleagues it is time to repair relations with Washington.}
* [Ask Paris and Berlin, before Christmas, to accept a NATO role after June. # lean: allies]
    ~ pay(1)
    { mood >= 2:
        ~ move_stance("nac", "germany", 2)
        ~ move_stance("nac", "france", 1)
        Berlin answers first, and more warmly than you expected: no German soldiers, {stance("nac", "germany") >= 0:but no German veto on a NATO role once Iraqis govern themselves|and not yet a promise to let a NATO role through}. {stance("nac", "france") >= 0:Paris says it will not stand in the way of a consensus.|Paris is warmer, but still says no NATO role before its conditions are met.}
    - else:
        ~ move_stance("nac", "germany", 1)
        The answers are slow and careful. Nobody says yes. Nobody refuses outright either.
    }
* [Ask nobody for anything this month, and let Washington relax. # lean: washington]
    ~ change_capital(4)
    You take a week off. Upstairs, your restraint is noticed and appreciated.
* { track("command") != "polish-model" } [Push NATO to take over the Polish-led division now. # lean: washington]
    ~ pay(4)
    { go_command("polish-model") == "polish-model":
        ~ change_troops(-2, 2)
        ~ move_stance("nac", "france", -1)
        In this version of events the North Atlantic Council agrees: nobody breaks silence. NATO puts more of its own staff and equipment into the division's headquarters. The division is now almost a NATO operation, and everybody in Paris knows it. # assert: {track("command") == "polish-model"} # note: Historically NATO never ran the Polish-led division; its help stayed in the back room.
    - else:
        ~ move_stance("nac", "belgium", -1)
        The draft goes round the North Atlantic Council, and {blocked_by} {break_silence(blocked_by)}: any one member can stop NATO acting, and {several(blocked_by):they do|it does}. The division stays as it was, and the Belgian ambassador tells reporters why. # assert: {track("command") != "polish-model" and blocked_by != ""}
    }
- ->->

= council
{council_mood()} # table: iraq
* { track("invitation") == "sounding" } [Ask the Governing Council to send NATO a written request. # lean: allies]
    ~ move_track("invitation", "requested")
    ~ pay(1)
    The CPA passes your suggestion to the Council. Its members say they will debate it in the new year.
* { track("invitation") == "none" || track("invitation") == "refused" } [Start sounding out the Governing Council about inviting NATO. # lean: allies]
    ~ move_track("invitation", "sounding")
    Your questions travel to Baghdad through Bremer's staff. The first answers are neither yes nor no.
* [Leave the Governing Council alone while it argues about elections. # lean: iraq]
    ~ change_capital(1)
    ~ move_stance("iraq", "igc", 1)
    You keep Washington's hands off the Council for another month.
- ->->

= desk
At a State Department briefing a reporter asks you a question you did not expect: "Is NATO coming to Iraq or not? And if not, why do you keep talking about it?"
* [Say Washington is not waiting for anyone: the coalition can finish the job. # lean: washington]
    ~ change_capital(1)
    ~ move_stance("nac", "belgium", -1)
    The answer plays well on cable news. In Brussels the Belgian ambassador to NATO pins the transcript to his office wall.
* [Say the real answer must come from Iraqis: they will have to ask for help themselves. # lean: iraq]
    ~ pay(1)
    ~ move_stance("iraq", "igc", 1)
    Your Assistant Secretary asks why you are handing Iraqis a veto. But the answer is read aloud on Iraqi television, and a Governing Council member calls it "the first sensible thing Washington has said this year".
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> us_end_capital }
{ why == "burden": -> us_end_burden }
{ why == "time": -> us_end_time }
-> us_jan

=== us_jan ===
# turn: 6
# date: 2004-01
January 2004. {paris_mood()} {washington_mood()}
{ event_on("new_secgen"): -> ev_new_secgen -> }
By the end of the month about 500 American soldiers have died in Iraq since the invasion. # note: The number of US deaths in Iraq passed 500 in January 2004, about ten months after the invasion began.
In Basra and Baghdad tens of thousands march for Grand Ayatollah Ali al-Sistani, the senior Shia cleric. He rejects the November plan to choose Iraq's next government through local meetings, called caucuses, and demands direct elections. To settle the argument, the CPA and the Governing Council ask the UN to come back and judge whether elections can be held in time. # note: Sistani's demand for direct elections (November 2003 to January 2004) is why the UN was asked back to Iraq, after it had withdrawn its staff in the autumn.
-> council_answers ->
-> next_resolution ->
-> desk ->
-> close

= next_resolution
The handover in June will need a new UN resolution. When do you start on it?
* [Start drafting the resolution for the June handover now. # lean: allies]
    ~ un_redraft()
    ~ move_stance("unsc", "france", 1)
    ~ move_stance("nac", "france", 1)
    You open a file called "after June". Paris is pleased to be asked early; the Pentagon is annoyed to be asked at all.
* [Wait: the next resolution should come at the request of Iraqis. # lean: iraq]
    ~ change_capital(2)
    ~ move_stance("iraq", "igc", 1)
    You tell Baghdad the next move is theirs. Council members like hearing it.
* [Spend the month persuading the Pentagon to accept NATO commanding a sector. # lean: washington]
    ~ move_stance("washington", "rumsfeld", 2)
    ~ pay(2)
    It takes six meetings and a long memo. In this version of events a Pentagon planner finally says, "Fine. A NATO sector. American at the top." It is more than you had. # note: Historically Washington did want NATO to take a sector or a whole division, with command staying American at the top, but NATO never took over a sector or a division in Iraq.
- ->->

= desk
NATO has a new Secretary-General, a Dutchman, in office since the first days of January. An aide asks you to write the note for Secretary of State Colin Powell's first phone call with him. What should Powell ask for?
* [Ask him to start quiet planning for a NATO role after June, in his own way and at his own pace. # lean: allies]
    ~ move_stance("nac", "france", 1)
    The call goes well. Afterwards his office tells allies that Washington is "asking, not telling", and Paris notices.
* [Tell him Washington wants no surprises: Iraq stays off NATO's agenda until the handover is settled. # lean: washington]
    ~ change_capital(1)
    ~ move_stance("washington", "rumsfeld", 1)
    The Pentagon is pleased with the note. The new Secretary-General listens politely and says very little, which is its own kind of answer.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> us_end_capital }
{ why == "burden": -> us_end_burden }
{ why == "time": -> us_end_time }
-> us_feb

=== us_feb ===
# turn: 7
# date: 2004-02
February 2004. {paris_mood()}
February is not quiet. On 1 February two suicide bombings at Kurdish party offices in Erbil kill more than 100 people; on 10 and 11 February bombs at a police station in Iskandariya and an army recruiting centre in Baghdad kill about 100 more. # note: The Erbil bombings of 1 February 2004 were suicide attacks on Kurdish party offices; those of 10-11 February hit a police station in Iskandariya and an army recruiting centre in Baghdad.
The UN's Lakhdar Brahimi, Kofi Annan's special adviser, visits Iraq and reports that fair elections cannot be held before 30 June. In your building the question can no longer wait: what, exactly, should NATO do in Iraq? # note: Brahimi's finding meant that the government taking over at the end of June would be chosen, not elected.
-> model ->
-> hearing ->
-> desk ->
-> close

= model
{ scenario == "short": Your options paper went to Powell. NATO's American commander, General James L. Jones, would run whatever you chose, if no ally blocked it.|Your options paper goes to Secretary Powell. SACEUR, NATO's top military commander, is an American, General James L. Jones, and his staff would run whatever you choose. Whatever it is, the North Atlantic Council must agree to it, and any one member can block.} {study: Their study from November is on your desk, and it makes the choice easier.} # note: SACEUR: Supreme Allied Commander Europe, NATO's top military commander. In 2003-04 it was US General James L. Jones. # table: nac
* [The Afghanistan model: NATO's own mission, built up step by step. # lean: allies]
    ~ pay(1)
    ~ move_stance("nac", "germany", 1)
    You propose what NATO did in Kabul: help from the back room first, then a NATO mission of its own under a UN mandate, apart from the American-led war, built up in stages as the allies agree. # note: In Afghanistan NATO itself commanded ISAF under a UN mandate, separately from the US-led Operation Enduring Freedom: a parallel NATO mission, not NATO under US command.
    { go_command("gradual") == "gradual":
        In this version of events the Council agrees to plan for it. It is slow, and nobody hates it. # assert: {track("command") == "gradual"} # note: Historically NATO never took over a sector or a division in Iraq; its one role there was the training mission agreed at Istanbul in June 2004.
    - else:
        Even that is too much for now: {blocked_by} {break_silence(blocked_by)} in the North Atlantic Council, and the plan waits. # assert: {track("command") != "gradual" and blocked_by != ""}
    }
* [A NATO sector: a division of up to 20,000. # lean: washington]
    { study:
        ~ pay(3)
    - else:
        ~ pay(4)
    }
    ~ move_stance("washington", "rumsfeld", 1)
    { go_command("nato-sector") == "nato-sector":
        This is the big ask: NATO would take a whole sector and command it. If it works, thousands of Americans come home. In this version of events the North Atlantic Council agrees to plan for it, though Paris and Berlin say it is far too soon. # assert: {track("command") == "nato-sector"} # note: Historically NATO never took over a sector or a division in Iraq.
    - else:
        This is the big ask: NATO would take a whole sector and command it. In the North Atlantic Council {blocked_by} {break_silence(blocked_by)}: far too soon, {several(blocked_by):they say|it says}. # assert: {track("command") != "nato-sector" and blocked_by != ""}
    }
    ~ move_stance("nac", "france", -1)
    ~ move_stance("nac", "germany", -1)
* [What Paris asks: a NATO force outside the US chain of command. # lean: allies]
    ~ pay(1)
    ~ move_stance("nac", "france", 2)
    ~ move_stance("nac", "belgium", 1)
    ~ move_stance("washington", "rumsfeld", -2)
    { go_command("parallel") == "parallel":
        A NATO force that answers to NATO, not to American generals: Paris is delighted, and in this version of events the North Atlantic Council agrees to plan for it. The Pentagon warns that two separate commands in one country put soldiers in danger, and a planner there asks whose side you are on. # assert: {track("command") == "parallel"} # note: Historically Washington wanted command in Iraq to stay American and unified, and the multinational force stayed under US command until US forces left at the end of 2011.
    - else:
        A NATO force that answers to NATO, not to American generals: Paris is pleased to be asked, but in the North Atlantic Council {blocked_by} still {break_silence(blocked_by)}. The Pentagon warns that two separate commands in one country put soldiers in danger, and a planner there asks whose side you are on. # assert: {track("command") != "parallel" and blocked_by != ""}
    }
* [Limit NATO to training Iraq's army and police. # lean: iraq]
    ~ change_capital(1)
    ~ move_stance("nac", "belgium", 1)
    { go_command("training") == "training":
        Training is the one job almost everyone can accept: it helps Iraqis take over from foreign soldiers. The North Atlantic Council agrees. It will not bring many Americans home soon. # assert: {track("command") == "training"} # note: Historically NATO agreed to help train Iraqi forces only at the Istanbul summit in June 2004, after Allawi's letter of 22 June.
    - else:
        Training is the one job almost everyone can accept, but not yet: {blocked_by} {break_silence(blocked_by)} in the North Atlantic Council while Iraq is still occupied. # assert: {track("command") != "training" and blocked_by != ""}
    }
- ->->

= hearing
A Senate committee asks you to testify about NATO and Iraq. Last July the senators voted 97-0 to urge the President to consider asking NATO for help, and they want to know what came of it.
* [Tell the senators NATO will take a real share of the load by summer. # lean: washington]
    ~ promised = true
    ~ change_capital(3)
    The senators are pleased, and the hearing is short. You have made a promise in public, and someone will remember it in June.
* [Tell them the truth: NATO will help a little, if at all. # lean: allies]
    ~ honest = true
    A senator asks why the State Department cannot deliver its own allies. It is a long afternoon. Your answer is quoted in Brussels, where people are surprised by an American official who does not oversell.
- ->->

= desk
A staffer from the House Armed Services Committee wants one number for her report: how many more allied soldiers will be in Iraq by the summer?
* [Give her the honest number: about as many as now, maybe fewer. # lean: allies]
    She frowns. "That's not what the Pentagon told us." Her report calls the State Department's figures "the only ones that add up", and your Assistant Secretary is not thanked for it upstairs.
* [Give her the hopeful number, counting every ally that might say yes. # lean: washington]
    ~ change_capital(2)
    She puts your number in her report in bold type. It buys you goodwill this month. If the summer brings fewer soldiers, it will be your number that people remember.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> us_end_capital }
{ why == "burden": -> us_end_burden }
{ why == "time": -> us_end_time }
-> us_mar
