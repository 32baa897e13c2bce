using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 15's toll sources (round 30): mechanisms three writers share. A speaker's apposition between it and its verb ("A
/// member of the CJTF, a vigilante group that helps the military, said") names no speaker of its own; the statement a participle
/// of saying goes on with ("ISWAP claimed …, saying in a statement relayed by SITE that") is the speaker's, however far it stands.
/// The paradigm in French, English and Arabic, with negatives. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourcesRound30Tests
{
    [Theory]
    // past the speaker's apposition: the source before it speaks, not a name inside it (new)
    [InlineData("A member of the CJTF, a vigilante group that helps the military, said three villagers were missing.", SourceKind.Local)]
    [InlineData("A commander of the CJTF, a vigilante group that helps the military, said three villagers were missing.", SourceKind.Local)]
    [InlineData("The mayor of Djibo, a close ally of the governor, said twelve civilians had been killed.", SourceKind.Local)]
    [InlineData("Le maire de Djibo, un proche du gouverneur, a affirmé que douze civils avaient été tués.", SourceKind.Local)]
    // an unknown name: the apposition's head tells what it is, not the place or force named further in it (new)
    [InlineData("The Sahel Rights Observatory, an NGO based in Niamey, said the strike killed seven civilians.", SourceKind.Ngo)]
    [InlineData("Seven civilians were killed in the strike, the Sahel Rights Observatory, an NGO based in Niamey, said.", SourceKind.Ngo)]
    [InlineData("L'Observatoire des libertés, une ONG basée à Nouakchott, affirme que la frappe a tué sept civils.", SourceKind.Ngo)]
    [InlineData("L'Observatoire des libertés, une ONG qui documente les exactions de l'armée, affirme que la frappe a tué sept civils.", SourceKind.Ngo)]
    // Arabic puts the subject after its verb, before its apposition: already so
    [InlineData("قال مرصد الحريات، وهو منظمة غير حكومية مقرها نواكشوط، إن الغارة قتلت سبعة مدنيين.", SourceKind.Ngo)]
    public void A_speakers_apposition_does_not_speak(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: a relative aside keeps its antecedent; a place's apposition with no comma before the verb leaves the verb's own
    // subject; an aside of manner keeps the opener
    [InlineData("The army, which lost two men in the attack, said 20 terrorists were killed.", SourceKind.Army)]
    [InlineData("Amnesty International, which interviewed survivors in Niamey, said the soldiers killed 31 civilians.", SourceKind.Ngo)]
    [InlineData("Seven civilians were killed in Djibo, a town held by the army, residents said.", SourceKind.Local)]
    [InlineData("Seven civilians were killed in Djibo, a town near the border, the mayor said.", SourceKind.Local)]
    [InlineData("Le gouverneur, à la télévision, a affirmé que douze civils avaient été tués.", SourceKind.Government)]
    [InlineData("A spokesman for the army, Colonel Diallo, said twelve soldiers had been killed.", SourceKind.Army)]
    public void A_relative_or_a_place_keeps_its_reading(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the statement of a participle that goes on with the speaker read before it, however far (new)
    [InlineData("ISWAP claimed responsibility for an ambush on Nigerian troops near Damboa, saying in a statement relayed by SITE that it had killed seven soldiers.", SourceKind.ArmedGroup)]
    [InlineData("The EIGS claimed the ambush on the Malian army convoy near Menaka on Sunday, saying in a statement that it had killed seven soldiers.", SourceKind.ArmedGroup)]
    [InlineData("L'EIGS a revendiqué l'embuscade contre le convoi de l'armée malienne près de Ménaka, affirmant dans un communiqué avoir tué sept soldats.", SourceKind.ArmedGroup)]
    [InlineData("وتبنى تنظيم الدولة الكمين على قافلة الجيش المالي قرب ميناكا، قائلا في بيان إنه قتل سبعة جنود.", SourceKind.ArmedGroup)]
    // the Arabic participle of "said" itself, as "saying" (new)
    [InlineData("أطلقت منظمة العفو الدولية نداء للإفراج عن التلميذات المختطفات، قائلة إن ثلاثة حراس قتلوا خلال الهجوم على المدرسة.", SourceKind.Ngo)]
    // already so: the statement right after the verb
    [InlineData("ISWAP claimed the ambush, saying in a statement that it had killed seven soldiers.", SourceKind.ArmedGroup)]
    [InlineData("وتبنى تنظيم الدولة الكمين، مؤكدا في بيان أنه قتل سبعة جنود.", SourceKind.ArmedGroup)]
    public void A_participles_statement_is_its_speakers(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: a statement with no speaker stays unnamed; a statement opening its own clause is its new subject's
    [InlineData("A statement said nine soldiers were killed.", SourceKind.Unattributed)]
    [InlineData("The group claimed the attack. In a statement, the army said nine soldiers were killed.", SourceKind.Army)]
    [InlineData("Le JNIM a revendiqué l'attaque. Dans un communiqué, l'armée affirme que neuf soldats ont été tués.", SourceKind.Army)]
    public void A_statement_of_no_participle_keeps_its_reading(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // an official of a body that is no part of the state speaks as a local, not for the government (new)
    [InlineData("وقال مسؤول في نقابة سائقي الشاحنات إن ثلاثة سائقين قتلوا.", SourceKind.Local)]
    [InlineData("وقال مسؤول في المدرسة إن عشرة تلاميذ خطفوا.", SourceKind.Local)]
    [InlineData("La présidence de l'Université de Dori a annoncé la mort de trois étudiants.", SourceKind.Local)]
    [InlineData("An official at the school said ten pupils were abducted.", SourceKind.Local)]
    [InlineData("A university official said three students were killed.", SourceKind.Local)]
    // already so where the body's noun stood in the speaker's own phrase
    [InlineData("Un responsable du syndicat des transporteurs a affirmé que trois chauffeurs avaient été tués.", SourceKind.Local)]
    [InlineData("Un responsable de l'école a indiqué que dix élèves avaient été enlevés.", SourceKind.Local)]
    public void An_official_of_a_non_state_body_is_local(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: an official of the state, or of nothing named, stays the government's
    [InlineData("وقال مسؤول في وزارة الدفاع إن ثلاثة جنود قتلوا.", SourceKind.Government)]
    [InlineData("Un responsable du ministère de la Défense a affirmé que trois soldats avaient été tués.", SourceKind.Government)]
    [InlineData("A government official said three students were killed.", SourceKind.Government)]
    [InlineData("An official said three students were killed at the school.", SourceKind.Government)]
    public void An_official_of_the_state_stays_the_governments(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));
}
