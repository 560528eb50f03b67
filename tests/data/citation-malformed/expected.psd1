@{
    Description = 'A citation with a section sign instead of the pilcrow: ''cicp-2020-07-13-new-heights §4''.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidCitation'
    Line        = 3
    Field       = 'Citations'
}
