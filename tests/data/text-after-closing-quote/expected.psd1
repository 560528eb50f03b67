@{
    Description = 'Only the start of a Title is quoted: "Cambodia and Vietnam" establish official relations.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Terminating'
    ErrorId     = 'MalformedCsv'
    Line        = 2
}
