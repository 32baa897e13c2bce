using Sahel.Model;

namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    // Session 17, round 38: a text in its own first person. A letter (an open letter, a reader's letter, "رسالة من … إلى …") is
    // a document as a communiqué is: it speaks in its writers' voice. Its writers are whom its title names between "from" and
    // "to" when that source has a kind, else private people or a community (a diaspora, a reader, the relatives): `local`, the
    // Format's "residents" and the source table's "community or diaspora association". The answers of an interview whose title
    // names no one of a known kind ("Q&A: … — a transporter") are a private person's too. And in a voice the story already has
    // (an issuer, an interviewee answering), a cue whose speaker is that voice's own first person ("According to our teams",
    // "selon nos informations", "بحسب معلوماتنا") names that voice, where it used to name no one and stop the issuer's carry.

    /// <summary>Openings of a letter's title: "Lettre ouverte …", "Open letter from …", "Courrier des lecteurs :", "رسالة مفتوحة".</summary>
    private static readonly PhraseVocabulary<bool> OpenLetterHeads = ClaimVocabulary.Set(
        "lettre ouverte", "open letter", "courrier des lecteurs", "courrier du lecteur", "letter to the editor", "letters to the editor", "رساله مفتوحه");

    /// <summary>Openings that make a letter only with an addressee after them: "Letter from … to …", "Lettre de … au …", "رسالة من … إلى".</summary>
    private static readonly PhraseVocabulary<bool> AddressedLetterHeads = ClaimVocabulary.Set("letter from", "lettre de", "lettre des", "lettre du", "رساله من");

    /// <summary>Words that open a letter's addressee: "to", "au", "aux", "à", "إلى".</summary>
    private static readonly HashSet<string> AddresseeWords = new(StringComparer.Ordinal) { "to", "au", "aux", "a", "الى", "الي" };

    /// <summary>Prepositions of where the writers live: "… de Gao à Nouakchott", "في نواكشوط" names a place, not a writer (a capital may stand for its government).</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal) { "in", "at", "en", "a", "dans", "في" };

    /// <summary>First-person possessives of a speaker's own people or knowledge: "our teams", "nos informations", "mes sources".</summary>
    private static readonly HashSet<string> FirstPersonPossessives = new(StringComparer.Ordinal) { "our", "my", "nos", "notre", "mes", "mon", "ma" };

    /// <summary>
    /// The voice of a letter's title, and of an interview's answers no title names: sets the issuer (a letter) at the title and
    /// the interviewee (`local`) at the first answer, when neither was read otherwise.
    /// </summary>
    private static void NoteTheFirstPerson(ClaimReadingState state, ClaimSentence sentence, bool isTitle, List<SourceFinder.Mention> mentions)
    {
        var words = sentence.Words;
        if (isTitle && words.Count > 1 && LetterHeadLength(sentence) is var head and > 0)
        {
            var to = Enumerable.Range(head, words.Count - head).FirstOrDefault(k => AddresseeWords.Contains(words[k].Text), words.Count);
            state.Document = true;
            // the writers, between the head and the addressee; never the addressee ("… to the UN Secretary-General") nor where they live
            state.Issuer = mentions.Find(m => IsSpeaker(m) && m.First >= head && m.Last < to && !PlaceWords.Contains(words[m.First - 1].Text)) is { } writer
                ? new Attribution { Kind = writer.Kind, Name = writer.Name, Text = sentence.Quote(writer.First, writer.Last) }
                : new Attribution { Kind = SourceKind.Local, Text = sentence.Quote(0, Math.Min(to, words.Count) - 1) };
        }
        if (!isTitle && state.Answering && state.Interviewee is null && !state.TitleNamed && state.Issuer is null)
            state.Interviewee = new Attribution { Kind = SourceKind.Local, Text = "(the one answering)" };
    }

    /// <summary>How many words a letter's heading spans at the title's start, else 0 (an addressed head needs its addressee).</summary>
    /// <remarks>The addressee must come before any colon, quote or dash: "Lettre de Gao : retour au marché", "Letter from Bamako:
    /// life returns to the market" are a correspondent's column, told in the outlet's voice.</remarks>
    private static int LetterHeadLength(ClaimSentence sentence)
    {
        var words = sentence.Words;
        if (PhraseMatch.At(words, 0, OpenLetterHeads) is { } open)
            return open.Length;
        if (PhraseMatch.At(words, 0, AddressedLetterHeads) is { } addressed
            && Enumerable.Range(addressed.Length + 1, Math.Max(0, words.Count - addressed.Length - 1)).FirstOrDefault(k => AddresseeWords.Contains(words[k].Text), -1) is var to and > 0
            && sentence.Between(addressed.Length - 1, to).IndexOfAny(":«\"|–—") < 0)
            return addressed.Length;
        return 0;
    }

    /// <summary>
    /// A cue naming no one ("According to our teams", "selon nos informations", "وبحسب معلوماتنا") whose next words are the
    /// speaker's own first person, in a story that has a voice: that voice (the issuer, or the interviewee in an answer).
    /// </summary>
    private static List<SourceFinder.Found> WithTheFirstPerson(ClaimReadingState state, ClaimSentence sentence, bool isTitle, List<SourceFinder.Found> found)
    {
        var voice = state.Answering ? state.Interviewee : state.Issuer;
        if (isTitle || voice is null || voice.Kind == SourceKind.Unattributed || found.Count == 0)
            return found;
        var words = sentence.Words;
        bool Own(int k) => k < words.Count && (FirstPersonPossessives.Contains(words[k].Text)
            // the Arabic possessive suffix of "we" on a noun of knowledge or people ("معلوماتنا", "فرقنا", "سجلاتنا")
            || ArabicScript.Starts(words[k].Text) && words[k].Text.Length >= 5 && words[k].Text.EndsWith("نا", StringComparison.Ordinal));
        List<SourceFinder.Found>? changed = null;
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Back || f.Attribution is not { Kind: SourceKind.Unattributed or SourceKind.Media, Name: null })
                continue;
            // the possessive right after the cue, or inside what the cue spans ("our own teams", "nos équipes sur place")
            if (!Enumerable.Range(f.First + 1, f.Last - f.First + 1).Any(Own))
                continue;
            changed ??= [.. found];
            changed[i] = f with { Attribution = voice with { Text = $"{sentence.Quote(f.First, Math.Min(f.Last + 1, words.Count - 1))} ({voice.Text})" } };
        }
        return changed ?? found;
    }
}
