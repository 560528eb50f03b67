@{
    Description = 'A Windows-1252 byte (0xEA, from ''Viet Nam'' typed with a circumflex) in the first row''s Summary, generated at test time.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidText'
    Line        = 2
    Field       = 'Summary'
    Generate    = @{ From = 'clean/events.csv'; After = 'The two neighbours opened formal diplomatic ties'; Insert = ' (Vi{xEA}t Nam)'; Repeat = 1 }
}
