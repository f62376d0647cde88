-> one (1) -> two (2) ->
three (3)
== one(num) ==
one ({num})
-> oneAndAHalf (1.5) ->
->->
== oneAndAHalf(num) ==
one and a half ({num})
->->
== two (num) ==
two ({num})
->->

// RESULT:
// one (1)\none and a half (1.5)\ntwo (2)\nthree (3)\n
// ContinueMaximally
