namespace Sahel.Diff.Claims;

/// <summary>
/// Who a figure or a statement is attributed to, in the classes researchers compare. Army and government are
/// apart (a general staff's bulletin is not a minister's statement), and so are the UN and NGOs.
/// </summary>
public enum SourceKind
{
    /// <summary>An army, its general staff, its bulletins and communiqués; a named state force.</summary>
    Army,

    /// <summary>The presidency, ministers and ministries, a government spokesman, a governor, a junta.</summary>
    Government,
    ArmedGroup,

    /// <summary>Residents, witnesses, local officials and leaders, victims' collectives.</summary>
    Local,

    /// <summary>Anonymous security sources, police.</summary>
    Security,
    Hospital,

    /// <summary>UN agencies and missions.</summary>
    Un,

    /// <summary>NGOs, rights groups, humanitarian sources.</summary>
    Ngo,
    Media,
    Unattributed,
}
