# story: mandate
# version: 0.1.0

INCLUDE contract.ink

-> start

=== start ===
{ role == "": -> choose_role }
{ role == "us": -> us_aug | -> nato_aug }

= choose_role
Brussels and Washington, August 2003. Whose desk is yours?
* [The US official: lower the American troop burden and bring allies in.]
    ~ role = "us"
    -> us_aug
* [The NATO official: find a role for the alliance that all 19 members can sign.]
    ~ role = "nato"
    -> nato_aug

=== us_aug ===
# turn: 1
# date: 2003-08
You are a deputy assistant secretary at the State Department, and your file is NATO. About 146,000 US troops are in Iraq. # note: In summer 2003 about 146,000 US troops were in Iraq; about 50 had been killed by hostile action since 1 May.
Paris and Berlin say NATO can help only with a UN mandate, an invitation from a legitimate Iraqi body, and a role apart from the occupation authority.
* [Open talks on a new UN resolution.]
    ~ change_capital(-5)
    ~ move_track("un", "drafting")
    You start drafting. The French ambassador calls within the hour.
* [Ask NATO for more back-room help for the Polish-led division.]
    ~ change_troops(-2, 2)
    ~ change_capital(-2)
    Allies offer staff officers and logistics. It is small, but it is something.
- { end_turn() != "": -> us_collapse }
-> us_sep

=== us_sep ===
# turn: 2
# date: 2003-09
Poland takes command of the Multinational Division Central-South on 3 September, with NATO support behind it.
* [Sound out the Governing Council about inviting NATO.]
    ~ move_track("invitation", "sounding")
    ~ change_capital(-3)
    Council members like the idea of being asked, and say so.
* [Push for a NATO sector under US command.]
    ~ move_track("command", "nato-sector")
    ~ change_capital(-12)
    Paris says no, loudly, in every capital that will listen.
- { end_turn() != "": -> us_collapse }
-> us_oct

=== us_oct ===
# turn: 3
# date: 2003-10
Resolution 1511 comes to a vote in the Security Council.
* { track("un") == "drafting" } [Accept amendments that strengthen the UN's role.]
    ~ move_track("un", "consulting")
    ~ move_track("un", "tabled")
    ~ move_track("un", "passed")
    ~ change_troops(-4, 4)
    -> us_shared
* [Keep command unified and American, whatever it costs.]
    ~ change_capital(-8)
    -> us_alone
- -> us_alone

=== us_shared ===
# ending: us-shared-burden
# title: A wider coalition, under American command
The resolution passes 15-0, and a few more allies come in. The burden eases, a little.
Historically, resolution 1511 passed 15-0 on 16 October 2003, and France, Germany and Russia still sent no troops. # history
Why did a unanimous vote bring so few soldiers? # question
What would Washington have had to give up for a NATO division? # question
Was unified American command worth its price? # question
-> END

=== us_alone ===
# ending: us-go-it-alone
# title: Going it alone
Washington keeps command, and carries the weight. The allies watch.
Historically, NATO never took a sector in Iraq; at the Istanbul summit in June 2004 it agreed only to train Iraqi forces. # history
What did the United States gain by keeping command? # question
What did it lose? # question
Could NATO have helped without a UN mandate? # question
-> END

=== us_collapse ===
# ending: us-resigned
# title: Out of capital
You have nothing left to spend in Washington, and you resign.
Historically, the officials on this file stayed, and the argument went on for a year. # history
When should an official stop spending capital on an alliance? # question
Which choice cost you most? # question
Was the troop burden the real problem? # question
-> END

=== nato_aug ===
# turn: 1
# date: 2003-08
You work on the private staff of the NATO Secretary-General. On 11 August NATO takes command of ISAF in Kabul, its first operation outside Europe. # note: NATO took command of ISAF on 11 August 2003, after months of behind-the-scenes planning help.
Washington wants more. Paris, Berlin and Brussels want three things first.
* [Ask the French and Germans what UN wording would satisfy them.]
    ~ move_track("un", "consulting")
    ~ change_capital(-4)
    They give you a list. It is long.
* [Propose the Afghanistan model: a gradual NATO role.]
    ~ move_track("command", "gradual")
    ~ change_capital(-6)
    The Americans are interested; the French are not yet.
- { end_turn() != "": -> nato_collapse }
-> nato_sep

=== nato_sep ===
# turn: 2
# date: 2003-09
Poland takes command of its division with NATO planning behind it.
* [Quietly ask the Governing Council to send a letter to NATO.]
    ~ move_track("invitation", "sounding")
    ~ move_track("invitation", "requested")
    ~ change_capital(-5)
    A draft letter comes back within a week.
* [Keep NATO in the back room.]
    ~ change_capital(3)
    Nobody is angry with you. Nobody is grateful either.
- { end_turn() != "": -> nato_collapse }
-> nato_oct

=== nato_oct ===
# turn: 3
# date: 2003-10
The North Atlantic Council meets. The Americans want a decision.
* { track("invitation") == "requested" } [Put the Iraqi letter on the table.]
    ~ move_track("invitation", "invited")
    ~ move_track("command", "training")
    -> nato_training
* [Ask for one more month.]
    ~ change_capital(-10)
    -> nato_stalled
- -> nato_stalled

=== nato_training ===
# ending: nato-training
# title: A training mission
With an Iraqi letter in hand, the Council agrees that NATO will train Iraqi officers.
Historically, NATO agreed at Istanbul in June 2004 to train Iraqi forces; its training mission ran until 2011. # history
Why was training the one role all members could accept? # question
Did the Iraqi letter matter, or was it a formality? # question
Who gained most from a training mission? # question
-> END

=== nato_stalled ===
# ending: nato-stalled
# title: Talks stall
The Council cannot agree. NATO stays in the back room.
Historically, NATO never took a sector or division in Iraq. # history
What would have moved Paris and Berlin? # question
Was a divided alliance better than a forced decision? # question
What does a Secretary-General's staff control, and what not? # question
-> END

=== nato_collapse ===
# ending: nato-resigned
# title: Out of capital
You have spent your credit with the allies, and you step aside.
Historically, the Secretary-General's staff kept the file open until the Istanbul summit. # history
Where did your capital go? # question
Could you have waited instead? # question
Was any NATO role possible in 2003? # question
-> END
