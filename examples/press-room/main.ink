// Any ink story, not only Mandate's: no `VAR role`, no contract, nothing but ink.
// `mandate check --story examples/press-room/main.ink` plays it as Inky would (generic mode):
// its one EXTERNAL runs its ink fallback, every -> END is an ending named by its line, and
// --var, --bind, --knot and --coverage set it up (see docs/authoring.md, "Any ink story").
# title: The press room

EXTERNAL mood()

VAR patience = 3
VAR leaked = false

-> podium

=== podium ===
Brussels, the press room of NATO headquarters. Twelve reporters, one spokesperson: you.
- (questions)
{ patience <= 0: -> walked_out }
{ patience == 3: The first hand goes up. | Another hand goes up. }
+ [Take a question on Iraq.]
    "Will the alliance send troops?" # topic: iraq
    -> answer
+ [Take a question on Afghanistan.]
    "Is ISAF leaving Kabul?"
    -> answer
* [Read out the communiqué.]
    You read all four paragraphs. Nobody writes anything down.
    ~ patience = patience - 1
    -> questions
* {leaked} [Deny the leaked memo.]
    -> denial
+ [Close the briefing.]
    -> closed

= answer
{ mood() == "warm":
    You give a real answer, and the room relaxes.
  - else:
    You say that discussions are continuing.
    ~ patience = patience - 1
}
{ RANDOM(1, 4) == 1:
    ~ leaked = true
    Somebody waves a photocopy of a memo.
}
-> questions

=== denial ===
You deny that the memo exists. The photocopy goes round the room.
-> END

=== walked_out ===
The reporters file out before you finish. The wires will run it as "no comment".
-> END

=== closed ===
"Thank you, that is all for today."
-> END

// The game would tell the story how the room feels; played as Inky plays it, this fallback answers.
=== function mood() ===
~ return "cool"
