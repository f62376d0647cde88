// NATO official, act 1: August - October 2003. Conditions, the bombing, resolution 1511.

=== nato_aug ===
# turn: 1
# date: 2003-08
{scenario == "short": August 2003, Brussels. You work for NATO's Secretary-General, George Robertson. Your job: find a role in Iraq that all 19 allies can sign, without splitting the alliance or making NATO a fig leaf on somebody else's operation.|August 2003, Brussels. You work in the private office of NATO's Secretary-General, George Robertson. Your job: find a role in Iraq that all 19 allies can sign, without splitting the alliance and without NATO becoming a fig leaf, a polite badge on somebody else's operation.}
{scenario == "short": Last winter's wounds are open: the US Defense Secretary, Donald Rumsfeld, spoke of "old Europe", and France, Germany and Belgium blocked planning to defend Turkey.|The wounds of last winter have not healed: in January the US Defense Secretary, Donald Rumsfeld, spoke of "old Europe", and in February France, Germany and Belgium blocked planning to defend Turkey.} # note: NATO's crisis over Turkey was settled on 16 February 2003 in the Defence Planning Committee, where France did not sit. On 29 April France, Germany, Belgium and Luxembourg proposed a European defence planning cell of their own.
{scenario == "short": About 146,000 US troops are in Iraq. The Coalition Provisional Authority (CPA), the American-British occupation led by L. Paul Bremer, governs it, beside an Iraqi Governing Council (IGC) of 25 Iraqis it chose in July, whom nobody elected.|About 146,000 US troops are in Iraq. The Coalition Provisional Authority, the CPA, governs it: the American-British occupation authority, led by L. Paul Bremer. Beside it sits the Iraqi Governing Council, the IGC: 25 Iraqis the CPA chose in July, whom nobody elected.} # note: The CPA governed Iraq from May 2003; UN resolution 1483 (22 May 2003) recognised the US and the UK as occupying powers. The IGC, appointed 13 July 2003, had 13 Shia, 5 Sunni Arab, 5 Kurdish, 1 Turkmen and 1 Assyrian member, 3 of them women.
{scenario == "short": Washington wants NATO to take a sector of up to 20,000 soldiers; in July the US Senate voted 97-0 to urge the President to consider asking NATO. For now NATO only helps a Polish-led division from the back room: planning, communications, logistics.|Washington wants NATO to take a sector of up to 20,000 soldiers; in July the US Senate voted 97-0 to urge the President to consider asking NATO. For now NATO only helps a Polish-led division from the back room, with planning, communications and logistics.} # note: The Senate's measure was not binding: it urged the President to consider asking NATO, and the UN, for troops, as in Afghanistan, Bosnia and Kosovo.
France, Germany and Belgium set a price for anything more: a wider UN mandate, an invitation from a legitimate Iraqi body, and a role independent of the CPA. # note: NATO's main body is the North Atlantic Council, the NAC, where the ambassadors of all members meet. It decides by consensus: there is no vote, and any one member can block.
{ event_on("isaf"): -> ev_isaf -> }
-> ev_unscr1500 ->
~ start_us = us_troops()
-> opening ->
{ event_on("un_bombing"):
    -> ev_un_bombing ->
    -> bombing_reply ->
}
{ scenario == "full": -> desk -> }
-> close

= opening
{scenario == "short":Robertson asks your advice: where does NATO start?|Robertson wants your advice before the summer break. Where does NATO start?} # table: nac
* [{scenario == "short":Ask Paris, Berlin and Brussels for their exact conditions.|Visit Paris, Berlin and Brussels and write down their exact conditions.} # lean: allies]
    ~ move_track("un", "consulting")
    ~ change_capital(-1)
    ~ move_stance("nac", "france", 1)
    ~ temp mood = RANDOM(1, 3)
    { mood == 3:
        ~ move_stance("nac", "germany", 1)
        In Berlin a state secretary surprises you. "We will never send soldiers," he says, "but we do not want to be the ones who stop NATO. Give us the UN and the Iraqis, and we will not stand in the way." # assert: {stance("nac", "germany") >= 0}
    - else:
        You come back with three long lists. They agree on the UN and on an Iraqi invitation. Paris adds a fourth condition nobody else mentions: that NATO must never look like an American tool.
    }
* [{scenario == "short":Propose the Afghanistan model: NATO's own command, in stages.|Put a paper on the Afghanistan model to the Council: NATO's own command, in stages.} # lean: washington]
    ~ change_capital(-2)
    ~ move_stance("washington", "rumsfeld", 1)
    {scenario == "short":Your paper asks whether NATO could do in Iraq what it does in Kabul: plan first, then take a sector in stages.|In Kabul NATO commands ISAF itself, under a UN mandate and apart from the American-led war. Your paper asks whether NATO could do the same in Iraq: plan first, then take over a sector in stages.}
    { go_command("gradual") == "gradual":
        In this version of events the North Atlantic Council agrees to plan on that basis. # assert: {track("command") == "gradual"} # note: Historically NATO's help stayed in the back room until the training mission of 2004; it never took over a sector or a division in Iraq.
    - else:
        Robertson circulates it as a draft decision, and {blocked_by} {break_silence(blocked_by)}: without a UN mandate, {several(blocked_by):they say|it says}, NATO will not even plan. # assert: {track("command") != "gradual" and blocked_by != ""}
    }
    Paris reads the paper with suspicion, but reads it.
* [{scenario == "short":Propose a NATO sector soon, to show the alliance still matters.|Propose to the Council a NATO sector soon, to show the alliance still matters.} # lean: washington]
    ~ change_capital(-4)
    ~ move_stance("washington", "rumsfeld", 2)
    ~ move_stance("nac", "us", 1)
    { go_command("nato-sector") == "nato-sector":
        In this version of events the North Atlantic Council agrees to plan a NATO sector. # assert: {track("command") == "nato-sector"} # note: Historically NATO never took over a sector or a division in Iraq.
    - else:
        The North Atlantic Council cannot agree: {blocked_by} {break_silence(blocked_by)}. # assert: {track("command") != "nato-sector" and blocked_by != ""}
    }
    ~ move_stance("nac", "france", -1)
    ~ move_stance("nac", "belgium", -1)
    ~ move_stance("nac", "canada", -1)
    ~ move_stance("nac", "norway", -1)
    {scenario == "short":The Americans praise it to the press, which is the problem. Paris calls it "NATO joining the occupation"; Canada and Norway, who want the UN first, ask Robertson for an urgent meeting.|The Americans are delighted with the idea and say so to the press, which is the problem. Paris calls it "NATO joining the occupation"; Canada and Norway, which want the UN behind anything NATO does, ask Robertson for an urgent meeting.}
* [Keep NATO in the back room until the Security Council moves. # lean: allies]
    ~ change_capital(2)
    ~ move_stance("washington", "rumsfeld", -1)
    Nobody is angry with you. A US diplomat tells you that "waiting for the UN" sounds a lot like waiting for nothing.
- ->->

= bombing_reply
Robertson is asked at a press conference what NATO will do.
* [Have Robertson offer NATO's help to protect UN staff in Iraq. # lean: allies]
    ~ protect_un = true
    ~ change_capital(-1)
    ~ move_stance("nac", "france", 1)
    {scenario == "short":The UN does not take up the offer, but Paris and New York notice that NATO thought of the UN first.|The offer is only words for now, and the UN does not take it up. But in Paris and at the UN it is noticed that NATO thought of the UN first.}
* [Send condolences, and say the attack shows why the coalition needs its allies. # lean: washington]
    ~ change_capital(1)
    ~ move_stance("nac", "us", 1)
    ~ move_stance("nac", "belgium", -1)
    {scenario == "short":The US mission thanks Robertson. The Belgian ambassador asks why NATO's staff speak for a war Brussels opposed.|The US mission thanks Robertson for standing with the coalition. The Belgian ambassador asks why NATO's staff speak for a war Brussels opposed.}
- ->->

= desk
As you leave the building, a reporter from a Brussels newspaper catches you at the door. "Is NATO about to go into Iraq? Yes or no?" Whatever you say will be read as the Secretary-General's view.
* [Keep it dull: NATO helps the Polish division from the back room, and nothing more is planned. # lean: allies]
    ~ change_capital(1)
    The story runs on page nine under the headline "No change at NATO". The Secretary-General is pleased: nobody in the Council has to answer questions about it.
* [Say NATO could think about more, if the UN and Iraqis ask for it. # lean: iraq]
    ~ change_capital(-1)
    ~ move_stance("iraq", "igc", 1)
    Two ambassadors ring to ask who allowed you to say that. But the article is translated in Baghdad, and a Governing Council member's office asks for a copy.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
{ why == "time": -> nato_end_time }
{ scenario == "short": -> nato_s2 }
-> nato_sep

=== nato_sep ===
# turn: 2
# date: 2003-09
September 2003. {paris_mood()} {washington_mood()}
{ event_on("najaf"): -> ev_najaf -> }
{ event_on("polish_division"): -> ev_polish_division -> }
-> ev_back_to_un ->
{ event_on("un_second_bomb"): -> ev_un_second_bomb -> }
On 22 September the allies choose Jaap de Hoop Scheffer to succeed Robertson in January. Whatever you build this autumn, he will inherit. # note: De Hoop Scheffer was chosen on 22 September 2003 and took office as Secretary-General in the first days of January 2004.
-> division ->
-> iraqis ->
-> desk ->
-> close

= division
{scenario == "short":The Polish division's staff send a list of what they lack. Any change to NATO's help needs the Council's consensus.|The Polish commander's staff send a list of what they still lack. Anything that changes what NATO does for the division needs the North Atlantic Council's consensus.} # table: nac
* [{scenario == "short":Offer more of the help NATO already gives: planners and signals staff.|Offer the division more of the help NATO already gives: planners and signals staff.} # lean: washington]
    ~ change_troops(-1, 1)
    ~ change_capital(-1)
    ~ move_stance("nac", "us", 1)
    {scenario == "short":NATO officers fill gaps in the Polish headquarters, within the help already agreed, and an American unit can go home. Paris does not object.|NATO officers fill gaps in the Polish headquarters, within the help the Council has already agreed, and an American unit that was standing in can go home. Nobody in Paris objects to help for the Poles.} # note: Historically NATO's help to the Polish-led division stayed the back-room support agreed before it deployed: force generation, planning, communications and logistics.
* { track("command") != "polish-model" } [Propose making the division a NATO operation. # lean: washington]
    ~ change_capital(-3)
    ~ move_stance("washington", "rumsfeld", 1)
    { go_command("polish-model") == "polish-model":
        In this version of events the Council agrees, and Warsaw is delighted. The French ambassador warns that NATO's flag would only cover up the occupation. # assert: {track("command") == "polish-model"} # note: Historically the division stayed a coalition division under US command; NATO only supported it.
    - else:
        {scenario == "short":It leaks at once. Warsaw likes it, but|The idea leaks within a day. Warsaw likes it, but in the Council} {blocked_by} {break_silence(blocked_by)}{scenario == "short":. Paris says NATO's flag would only cover up the occupation.|, and the division stays as it was. The French ambassador warns that NATO's flag would only cover up the occupation.} # assert: {track("command") != "polish-model" and blocked_by != ""}
    }
    ~ move_stance("nac", "france", -1)
* [Keep NATO's help technical and out of the newspapers. # lean: allies]
    ~ change_capital(1)
    You send the staff what they need and issue no press release. It is how NATO has always worked in the back room.
* [{scenario == "short":Propose suspending NATO's support for the division until a UN mandate.|Propose to the Council suspending NATO's support for the division until there is a UN mandate.} # lean: allies]
    ~ change_capital(-2)
    ~ move_stance("nac", "france", 1)
    ~ move_stance("nac", "us", -2)
    ~ move_stance("washington", "rumsfeld", -2)
    { go_command("withdrawn") == "withdrawn":
        ~ change_troops(10, -2)
        In this version of events the Council agrees to suspend NATO's help. Paris calls it principled. {scenario == "short":Without NATO's logistics the division stumbles, two contributors delay their units, and American battalions go back south to hold it.|Without NATO's communications and logistics the division stumbles, two contributors delay their units, and American battalions are sent back into the south to hold it together.} # assert: {track("command") == "withdrawn"} # note: Historically NATO never suspended its support for the Polish-led division.
    - else:
        ~ change_troops(10, -2)
        Paris calls it principled, but the allies with soldiers in the division break silence at once: {blocked_by}. {scenario == "short":NATO's support goes on, but two contributors, unsure of NATO, delay their units, and American battalions go back south.|NATO's support goes on. The damage is done all the same: two contributors, unsure of NATO, delay their units, and American battalions go back into the south.} # assert: {track("command") != "withdrawn" and blocked_by != ""} # note: This proposal and the delays are inventions of the game. Historically NATO never suspended its support for the Polish-led division.
    }
- ->->

= iraqis
So far, NATO's planning for Iraq has been done without asking any Iraqi what they think of a NATO role.
* [Sound out Governing Council members when they travel to Europe. # lean: iraq]
    { track("invitation") == "none" || track("invitation") == "refused":
        ~ move_track("invitation", "sounding")
    }
    ~ change_capital(-1)
    ~ move_stance("iraq", "igc", 1)
    Over coffee in hotel lobbies, Governing Council members tell you the same thing in different ways: they want to be asked, not told.
* [Wait for the UN resolution before talking to Iraqis. # lean: allies]
    ~ change_capital(1)
    ~ move_stance("nac", "france", 1)
    Paris approves of the order, UN first. The Iraqis do not know you exist.
- ->->

= desk
The Polish-led division has taken over its sector south of Baghdad. Its staff write to ask NATO for ten more planners at their headquarters, to help soldiers from many countries work to one set of rules.
* [Send the planners from NATO's military headquarters in Mons, under the planning help already agreed. # lean: washington]
    ~ change_capital(-1)
    ~ move_stance("nac", "us", 1)
    ~ move_stance("nac", "belgium", -1)
    The Belgian ambassador asks why NATO is sending more people to Iraq without a Council debate. The US ambassador, Nicholas Burns, thanks you in front of everyone.
* [Say the Council's decision covers only the help already agreed. # lean: allies]
    ~ change_capital(1)
    No ambassador has to defend anything at home. The Polish chief of staff sends a short reply: his headquarters will "find the people elsewhere".
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
{ why == "time": -> nato_end_time }
-> nato_oct

=== nato_oct ===
# turn: 3
# date: 2003-10
October 2003. {paris_mood()} {council_mood()}
{ track("command") == "withdrawn": NATO's support for the Polish-led division is still suspended, and the Pentagon has stopped inviting NATO staff to its meetings. }
{ event_on("turkey_troops"):
    -> ev_turkey ->
    -> turkey ->
}
-> vote ->
{ event_on("madrid_conference"): -> ev_madrid_conference -> }
-> desk ->
-> close

= turkey
Turkey is a NATO ally, and it is offering exactly what Washington keeps asking the alliance for: troops.
* [Quietly back Ankara: a NATO ally offering troops helps everyone. # lean: washington]
    ~ turkey_pushed = true
    ~ change_capital(-1)
    ~ move_stance("washington", "rumsfeld", 1)
    ~ move_stance("nac", "turkey", 1)
    ~ move_stance("iraq", "igc", -2)
    { track("invitation") == "sounding":
        ~ move_track("invitation", "refused")
        The Governing Council members you met in September stop answering your calls. If NATO backs Turkish troops, one of them says, NATO can forget any invitation.
    - else:
        Washington thanks you. Iraqi Kurds hear about it, and they do not forget.
    }
* [Warn Ankara privately that the Governing Council will not accept it. # lean: iraq]
    ~ change_capital(-1)
    ~ move_stance("washington", "rumsfeld", -1)
    ~ move_stance("iraq", "igc", 1)
    The Turkish ambassador is cold for a week. Governing Council members hear that someone in NATO took their side.
- ->->

= vote
{scenario == "short":The US draft resolution is nearly ready; France, Germany and Russia want amendments giving the UN more of a political role. NATO has no Security Council seat, but its members do.|The US draft resolution is nearly ready. France, Germany and Russia want amendments that strengthen the UN's political role. NATO has no seat in the Security Council, but its members do.} # table: unsc
* [{scenario == "short":Urge Washington to accept the amendments.|Urge Washington to accept the amendments that strengthen the UN's role.} # lean: allies]
    ~ amended = true
    ~ change_capital(-1)
    ~ move_stance("nac", "france", 1)
    {scenario == "short":An American diplomat tells you to stay out of UN business. The amendments go in, and Paris knows you pushed for them.|An American diplomat tells you NATO staff should stay out of UN business. The amendments go in anyway, and Paris knows you pushed for them.}
* [Urge Paris and Berlin to vote yes, even if they send nobody. # lean: washington]
    ~ change_capital(-1)
    ~ move_stance("nac", "us", 1)
    A French diplomat tells you they were going to vote yes anyway, and asks whose side NATO's staff are on.
* [{scenario == "short":Stay out, and ask Governing Council members what they want from the UN.|Stay out of it, and ask Governing Council members what they want from the UN.} # lean: iraq]
    ~ change_capital(1)
    ~ move_stance("iraq", "igc", 1)
    {scenario == "short":The Council members you call want one thing above all: a date for Iraqi self-rule.|NATO is not a member of the Security Council, so you leave the drafting to others. The Council members you call want one thing above all: a date for Iraqi self-rule.}
-
-> ev_1511_vote ->
{ track("un") == "passed" and scenario == "full": Without more soldiers from anyone, the resolution changes little on the ground. But it is a UN mandate for a multinational force, and that is one of the three conditions, or at least half of one. # assert: {track("un") == "passed"}}
->->

= desk
Robertson will speak to the UN Secretary-General, Kofi Annan, this week about the new resolution in New York. You write the briefing note. What should he stress?
* [That NATO wants the UN to lead the politics and the Iraqis to get power soon. # lean: allies]
    ~ change_capital(-1)
    ~ move_stance("nac", "france", 1)
    The call is warm. Paris hears about it within a day, and its ambassador to NATO becomes noticeably friendlier.
* [That NATO stands ready to support the US-led force the resolution will create. # lean: washington]
    ~ change_capital(1)
    ~ move_stance("nac", "us", 1)
    The US mission likes the note so much that it quotes it. In Paris it is read as what NATO's staff were always going to say.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
{ why == "time": -> nato_end_time }
-> nato_nov
