@{
    Description = 'A header of 10,000 columns (the clean header and 9,991 more), generated at test time.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Terminating'
    ErrorId     = 'TooManyColumns'
    Line        = 1
    Generate    = @{ From = 'clean/events.csv'; After = 'Citations,Note'; Insert = ',Extra{n}'; Repeat = 9991 }
}
