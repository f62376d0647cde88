// US official: endings. Each is a debrief: what you achieved, what really happened (# history),
// and three questions for discussion (# question).

=== us_end_division ===
# ending: us-nato-division
# title: A NATO division under a UN mandate
At Istanbul the allies agree to something NATO has never done: a NATO-led division in Iraq, in the sector south of Baghdad, under resolution 1546 and at the invitation of Iraq's own government. Nobody breaks silence. # assert: {track("command") == "nato-sector" and track("un") == "passed" and track("invitation") == "renewed"}
It took all three of the conditions Paris set in August: a UN resolution, an Iraqi invitation, and a command the allies could call their own. France, Germany and Belgium back it, though they send no soldiers. Washington keeps the top of the chain of command; NATO runs the sector. # assert: {three_back() and washington_backs()}
US troops in Iraq stand at about {us_troops()},000, and allied troops at about {allied_troops()},000. You end the year with {capital()} points of political capital. {promised: {us_troops() < start_us: You kept the promise you made to the Senate in February.|NATO now carries the real share you promised the Senate in February, but there are more American soldiers in Iraq than when you started.}} # assert: {track("command") == "nato-sector"}
Historically, nothing like this happened. NATO never took over a sector or a division in Iraq, and the multinational force stayed under US command until US forces left at the end of 2011. # history
At Istanbul on 28-29 June 2004 NATO agreed only to help train Iraqi security forces, answering Prime Minister Allawi's letter of 22 June. About 138,000 US troops were still in Iraq. # history
Which of the three conditions was hardest for Washington to accept, and why? # question
A NATO division would give France and Germany a voice in decisions about Iraq. Is that a cost or a benefit for the United States? # question
Your path needed many things to go right at once. Which of them was least likely in the real world? # question
-> END

=== us_end_training ===
# ending: us-istanbul-training
# title: Training at Istanbul
At Istanbul NATO agrees to help train Iraq's security forces, and nobody breaks silence. It is the one role every ally can sign: it answers {letter_written:the request Iraq's new government wrote on 22 June, six days before it took power|the Governing Council's invitation}, it comes after a UN resolution, and it is not part of the occupation, which has just ended. # assert: {track("command") == "training" and track("un") == "passed" and inv_ok()}
It does little for your first goal. US troops in Iraq stand at about {us_troops()},000; allied troops at about {allied_troops()},000. You keep {capital()} points of political capital. {promised: The senators you promised a real NATO share by summer call a few dozen trainers a broken promise.}{honest: The senators you warned in February are not surprised.} # assert: {track("command") == "training"}
This is close to what really happened. On 30 July 2004 NATO set up a training mission in Iraq with about 50 officers; the details had been left vague at Istanbul partly because Washington and Paris disagreed over who would command it. # history
In September 2004 the mission grew to about 300 and became the NATO Training Mission-Iraq, which trained Iraqi officers until the end of 2011. France, Germany and Belgium trained Iraqis only outside Iraq, or paid instead of sending people. # history
Why was training the one role every ally could accept? # question
Did the training mission lower the American burden, or only change how it looked? # question
Who won the argument about command: Washington or Paris? # question
-> END

=== us_end_unified ===
# ending: us-unified-command
# title: Command kept, burden kept
{summit_blocked_by != "": At Istanbul your request never gets past the North Atlantic Council: {summit_blocked_by} {break_silence(summit_blocked_by)}, and any one member is enough to stop NATO acting. # assert: {summit_blocked_by != "" and track("command") == "support"}}
You keep what Washington wanted most: one American chain of command, answerable to nobody else. NATO goes on helping the Polish-led division from the back room, and the allies who were not there in August are not there in June either. # assert: {track("command") == "support"}
US troops in Iraq stand at about {us_troops()},000, and allied troops at about {allied_troops()},000. You keep {capital()} points of political capital, and the burden you were asked to share stays American. # assert: {track("command") != "parallel"}
{no_1511: Without resolution 1511, the allies already in Iraq served for eight months under the older resolution 1483 alone. # assert: {no_1511}}
Historically, Washington did keep command: the multinational force stayed under US command until US forces left Iraq at the end of 2011. # history
After Prime Minister Allawi's letter, NATO agreed at Istanbul to help train Iraqi forces, and a small training mission followed in 2004. # history
What did Washington gain by keeping command to itself, and what did it pay? # question
Was there any NATO role that would not have cost the United States some control? # question
If you played again, which decision would you change first? # question
-> END

=== us_end_fig_leaf ===
# ending: us-fig-leaf
# title: A NATO flag on an American war
After a long night in Istanbul the allies agree that NATO will take over the Polish-led sector: nobody breaks silence. France, Germany and Belgium send no soldiers{gap_consent:, and {names_below(1)} {several(names_below(1)):say|says} in public that NATO has joined the occupation by another name|, as they always said they would not}. # assert: {track("command") == "nato-sector" and (gap_ready or gap_invite or gap_consent or gap_washington)}
The soldiers in the new "NATO sector" are mostly the same ones who were there before, with a new badge. Iraqis see a new flag, not a new force. US troops in Iraq fall only to about {us_troops()},000; allied troops stand at about {allied_troops()},000. You keep {capital()} points of political capital. # assert: {track("command") == "nato-sector"}
{fig_leaf_reasons()}
Historically, NATO never took over a sector in Iraq. France, Germany and Belgium insisted on their conditions, and the only role they signed was training, after an Iraqi request and a UN resolution. # history
In that training mission several allies trained Iraqis only outside Iraq, or sent money instead of people. # history
What is a fig leaf, and why did France, Germany and Belgium fear NATO would become one? # question
Does a NATO badge change anything if the soldiers and the commanders stay the same? # question
What was missing from your plan at Istanbul, and when could you have supplied it? # question
-> END

=== us_end_split ===
# ending: us-alliance-split
# title: The alliance splits
You ask for a NATO division while {summit_blocked_by} {several(summit_blocked_by):are|is} still against it. NATO decides by consensus, so a single "no" is enough, and at Istanbul {summit_blocked_by} {break_silence(summit_blocked_by)}. The summit ends without a decision on Iraq, and the arguments are done in public. # assert: {track("command") != "nato-sector" and summit_blocked_by != ""}
In this version of events, because you forced the issue, Washington announces it will build the force with willing allies outside NATO, and Paris, Berlin and Brussels talk again about a defence planning cell of their own, as they had in April 2003. # assert: {track("command") != "nato-sector"}
US troops stand at about {us_troops()},000. You keep {capital()} points of political capital, but the alliance you were meant to use is weaker than when you started. # assert: {summit_blocked_by != ""}
Historically, the split of February 2003, when France, Germany and Belgium blocked planning to defend Turkey, was not repeated: at Istanbul all 26 allies agreed to help train Iraqi forces. # history
It stayed a NATO mission, led by the US general who also ran the coalition's training. # history
Why does consensus make NATO strong in some moments and weak in others? # question
Was forcing the question braver, or just more costly, than waiting? # question
Who benefits when NATO is divided? # question
-> END

=== us_end_overruled ===
# ending: us-overruled
# title: Too high a price
You accept a NATO force outside the American chain of command, answering to Baghdad and the UN, and nobody in the North Atlantic Council breaks silence. Paris is delighted, and allied soldiers begin to arrive: there are about {allied_troops()},000 allied troops in Iraq, and US troops fall to about {us_troops()},000. # assert: {track("command") == "parallel"}
Washington is not delighted. From the start, the Pentagon said it would never put American soldiers beside a force it did not command. Within days the White House makes clear that you spoke beyond your instructions, and you are moved off the NATO file. You leave with {capital()} points of political capital and no one left to spend them on. # assert: {track("command") == "parallel"}
Historically, no American administration accepted a NATO or UN say over military operations in Iraq. The multinational force stayed under US command, which resolution 1511 called "unified command", until the end of 2011. # history
Even NATO's small training mission led Washington and Paris to argue in 2004 over who would command it. # history
You achieved your first goal, fewer American troops. Why did that not count as success in Washington? # question
Is "unified command" a military need, a political one, or both? # question
How much control should a country give up to share a burden? # question
-> END

=== us_end_talks ===
# ending: us-talks-collapse
# title: The talks collapse
There is no resolution for the handover. The interim government takes power at the end of June without the Security Council's blessing, and {vetoed_by != "": {vetoed_by} {several(vetoed_by):blame|blames} Washington for {nato_clause and not clause_dropped:{inv_ok():insisting on a NATO clause before the new government had asked for one|insisting on a NATO clause no Iraqi body had asked for}|a draft that gave a sovereign government too little}|the Council's critics blame Washington for a draft that could not win nine votes}. # assert: {track("un") == "vetoed" or track("un") == "failed"}
Without a UN mandate, Paris, Berlin and Brussels will not discuss any NATO role, not even training. The Istanbul summit talks about Afghanistan instead. US troops stand at about {us_troops()},000, and you keep {capital()} points of political capital. # assert: {track("un") != "passed"}
In this version of events, the cost comes quickly.
{no_1511: With no resolution 1511 either, the multinational force has only the older resolution 1483 behind it, and that resolution was about an occupation that has now ended. # assert: {no_1511}}
{not no_1511: Resolution 1511 still authorises the multinational force: its mandate runs until Iraq's political process is complete, with a review within a year. But it was written for the occupation, and it says nothing about the consent of a sovereign Iraqi government. # assert: {not no_1511}}
Poland and the other countries with troops in the south ask their lawyers whether they can stay, and two of them set dates to go home. The question you were given, who will share the burden, has become who will stay at all. Your papers on a NATO sector are filed away, and the next memo you write is about keeping the coalition Washington already has. # assert: {track("un") != "passed"}
Historically, resolution 1546 passed 15-0 on 8 June 2004. It endorsed the interim government and kept the multinational force in Iraq at the Iraqi government's request. # history
With that resolution and Allawi's letter in hand, NATO agreed at Istanbul to help train Iraqi security forces. # history
Why did France, Germany and Belgium put so much weight on a UN resolution? # question
Was the NATO clause worth a veto? What would you have needed to make it pass? # question
What can a veto stop, and what can it not stop? # question
-> END

=== us_end_capital ===
# ending: us-capital-collapse
# title: Out of capital
You have nothing left to spend. Every call you make now is a favour you cannot repay, and your Assistant Secretary stops reading your memos. You resign from the NATO file before someone else decides it for you. # assert: {capital() <= 0}
When you leave, US troops in Iraq stand at about {us_troops()},000 and allied troops at about {allied_troops()},000. {surges > 0: Each time you sent more American soldiers it bought a little goodwill at home, and the upkeep ate it.} # assert: {capital() <= 0}
Historically, the argument about NATO's role went on until the Istanbul summit in June 2004, where the allies agreed to help train Iraqi forces. # history
Sovereignty was promised on 15 November 2003, resolution 1546 passed 15-0 on 8 June 2004 and Allawi wrote to NATO on 22 June; only then did all the allies agree to a NATO mission in Iraq, and it was training. # history
Which of your decisions cost the most capital? Was it worth it? # question
Why does keeping many troops abroad cost political capital at home? # question
When should an official stop spending capital on allies and start saving it? # question
-> END

=== us_end_burden ===
# ending: us-burden-collapse
# title: The burden breaks
US troops in Iraq reach about {us_troops()},000. The army cannot keep that many soldiers in Iraq without breaking its rotations, Congress refuses to pay for more, and the White House decides the NATO strategy has failed. You are asked to resign. {surges > 0: You chose more American troops {surges} times; each time it looked like resolve, and each time the bill grew.} # assert: {us_troops() >= 175}
Allied troops stand at about {allied_troops()},000. You leave with {capital()} points of political capital. # assert: {us_troops() >= 175}
Historically, US troop numbers rose and fell but never came near this: about 146,000 in the summer of 2003, about 130,000 that autumn, about 115,000-120,000 during the winter rotation, and about 135,000-138,000 after units were held over in April 2004. About 138,000 were there at the June handover. # history
Washington wanted more allied troops above all to relieve US units; at Istanbul it accepted a NATO training mission. # history
Why could the United States not simply send more troops whenever things got worse? # question
Which events pushed the burden up, and which of your choices did? # question
If allies will not share the burden, what other ways are there to reduce it? # question
-> END

// Reached only when a scenario file gives fewer months than the story has (turns < 11 full, < 4 short).
=== us_end_time ===
# ending: us-out-of-time
# title: Out of time
The months this exercise gave you are used up, and the deal is not done. {track("un") == "passed": You have a Security Council resolution, but not yet the allied force you wanted behind it.|There is no new resolution with your name on it.} # assert: {max_turns() < story_months()}
{track("command"):
- "support": NATO is where it was in August: in the back room, helping the Polish-led division with planning and logistics.
- "training": NATO has agreed to help train Iraqi officers, with the details left for whoever takes over your desk.
- "withdrawn": NATO has stepped back even from the back-room help it gave in August.
- else: The North Atlantic Council has agreed to plan a bigger NATO role, but no ally has yet put troops behind it.
}
{inv_ok(): You leave an Iraqi invitation behind you, which is more than you started with.|No Iraqi body has asked NATO in.} US troops in Iraq stand at about {us_troops()},000, allied troops at about {allied_troops()},000, and you keep {capital()} points of political capital. # assert: {max_turns() < story_months()}
Historically, NATO agreed only at the Istanbul summit, on 28-29 June 2004, to help train Iraqi security forces, after Ayad Allawi, head of the incoming interim government, asked on 22 June. # history
The multinational force stayed under US command until US forces left at the end of 2011. # history
Which of the three conditions (a UN mandate, an Iraqi invitation, a role apart from the occupation) was closest to being met when your time ran out? # question
What would you have done first if you had known how few months you had? # question
Do deadlines help allies agree, or do they reward whoever can wait longest? # question
-> END
