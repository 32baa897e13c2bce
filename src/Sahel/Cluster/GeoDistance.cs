using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>Great-circle distance between gazetteer places (haversine; plenty for tens of kilometres).</summary>
public static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0;

    public static double? Kilometres(Place a, Place b)
    {
        if (a.Lat is not { } lat1 || a.Lon is not { } lon1 || b.Lat is not { } lat2 || b.Lon is not { } lon2)
            return null;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The grid cell a place falls in, for cells of about <paramref name="cellKm"/> on a side.</summary>
    public static (int Row, int Column) Cell(Place place, double cellKm)
    {
        var degrees = cellKm / 111.0;
        return ((int)Math.Floor(place.Lat!.Value / degrees), (int)Math.Floor(place.Lon!.Value / degrees));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
