package org.parley.position.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import org.parley.base.ui.NavigationLink;
import org.springframework.core.annotation.Order;

/** "Positions" in the navigation: what each organisation said, across documents. */
@org.springframework.stereotype.Component
@Order(20)
class PositionsNavigationLink implements NavigationLink {

    @Override
    public Component create() {
        Anchor positions = new Anchor("positions", "");
        positions.setText(positions.getTranslation("nav.positions"));
        positions.addClassNames("nav-link", "nav-positions");
        return positions;
    }
}
