@{
    Description = 'A NUL byte inside the second row''s Title, generated at test time.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidText'
    Line        = 3
    Field       = 'Title'
    Generate    = @{ From = 'clean/events.csv'; After = 'Two decades of'; Insert = '{x00}'; Repeat = 1 }
}
