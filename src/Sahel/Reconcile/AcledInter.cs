namespace Sahel.Reconcile;

/// <summary>ACLED's actor classes ("inter codes"): older exports give the number, current ones the words.</summary>
public enum AcledInter
{
    None = 0,
    StateForces = 1,
    RebelGroup = 2,
    PoliticalMilitia = 3,
    IdentityMilitia = 4,
    Rioters = 5,
    Protesters = 6,
    Civilians = 7,
    ExternalForces = 8,
}
