using System.Text.RegularExpressions;

namespace Sahel.Extract;

/// <summary>Short blocks that are page furniture in French, Arabic or English, whatever element they sit in.</summary>
internal static partial class StockPhrases
{
    public static bool IsBoilerplate(string text) =>
        (text.Length < 120 && Furniture().IsMatch(text)) || (text.Length < 200 && Invitation().IsMatch(text));

    /// <summary>A short line asking the reader to subscribe, sign up or follow: the outlet talking, not the story.</summary>
    [GeneratedRegex(@"(?i)newsletters?|subscribe (?:to|now|today)|sign up (?:for|to|now)|follow (?:us|him|her|them) on|abonnez-vous|inscrivez-vous|suivez-nous|اشترك في|تابعونا على")]
    private static partial Regex Invitation();

    [GeneratedRegex(@"(?i)^\W*(?:share|partager|partagez|شارك|advertisement|advertising|publicité|إعلان|read more|read also|see also|related|lire aussi|lire la suite|à lire aussi|voir aussi|اقرأ أيضا|اقرأ أيضًا|اقرأ المزيد|follow us|suivez-nous|تابعونا|subscribe|abonnez-vous|اشترك|sign up|inscrivez-vous|newsletter|comments?|commentaires?|تعليقات|all rights reserved|tous droits réservés|جميع الحقوق محفوظة|©|copyright|click here|cliquez ici|tweet|email this|print this|imprimer|photo ?:|crédit ?photo|image ?:|credit ?:|loading|chargement)(?:\W|$)")]
    private static partial Regex Furniture();
}
