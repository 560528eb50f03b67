@{
    Description = 'A quote opened in the first row''s Title is never closed: it would swallow the rest of the file.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Terminating'
    ErrorId     = 'MalformedCsv'
    Line        = 2
}
