@{
    Description = 'A 5 MiB Summary in the first row, generated at test time: refused at the 1 MiB record limit, not buffered.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Terminating'
    ErrorId     = 'RecordTooLarge'
    Line        = 2
    Generate    = @{ From = 'clean/events.csv'; After = 'The two neighbours opened formal diplomatic ties'; Insert = 'x'; Repeat = 5242880 }
}
