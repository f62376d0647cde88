EXTERNAL TRUE ()
Phrase 1
{ TRUE ():
    Phrase 2
}
-> END
=== function TRUE ()
    ~ return true
