@{
    Description = 'A user''s source reusing a bundled source''s Id: it is the folder''s version of that source, in the bundled one''s place.'
    Command     = 'Get-RelationsSource'
    Outcome     = 'Accepted'
    Rows        = 9
}
