package dk.valghalla.application.area.port.in;

import dk.valghalla.domain.area.Area;

public interface DescribeAreaUseCase {
    Area describeArea(DescribeAreaCommand command);
}
